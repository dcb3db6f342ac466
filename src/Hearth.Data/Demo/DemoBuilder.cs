using System.Globalization;
using Hearth.Data.Workforce;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;

namespace Hearth.Data.Demo;

/// <summary>Everything the demo seeding creates, ready to add to the context and save in one go.</summary>
internal sealed record DemoData(
    IReadOnlyList<Team> Teams,
    IReadOnlyList<Worker> Workers,
    IReadOnlyList<UserAccount> Accounts,
    IReadOnlyList<Child> Children,
    IReadOnlyList<Allocation> Allocations,
    int Households);

/// <summary>
/// Builds the demo local authority in memory through the domain's own methods. Every random choice comes
/// from one seeded generator and every date is counted from <c>today</c>, so the same day gives the same data.
/// </summary>
internal sealed partial class DemoBuilder
{
    private const int Seed = 802;

    private readonly DateOnly _today;
    private readonly Random _random = new(Seed);
    private readonly DemoIdentifiers _ids;
    private readonly List<Team> _teams = [];
    private readonly List<Worker> _workers = [];
    private readonly List<UserAccount> _accounts = [];
    private readonly List<Child> _children = [];
    private readonly List<Allocation> _allocations = [];
    private readonly List<KnownChild> _known = [];
    private readonly Dictionary<StaffMember, Worker> _workerFor = [];
    private DateTimeOffset _instant;
    private int _households;

    public DemoBuilder(DateOnly today, DateTimeOffset now)
    {
        _today = today;
        _ids = new DemoIdentifiers(_random);

        // Each change is a millisecond after the last, ending just before now, so a record's history reads in the order it was built.
        _instant = now.AddMinutes(-10);
    }

    public DemoData Build()
    {
        BuildWorkforce();
        BuildFamilies();
        return new DemoData(_teams, _workers, _accounts, _children, _allocations, _households);
    }

    private ChangeContext Change() => new(DemoLocalAuthority.ActorId, DemoLocalAuthority.ActorName, _instant = _instant.AddMilliseconds(1), "Demo local authority");

    private void BuildWorkforce()
    {
        foreach (var (name, kind) in DemoWorkforce.Teams)
        {
            _teams.Add(Team.Create(name, kind, Change()));
        }

        foreach (var member in DemoWorkforce.Staff)
        {
            var team = _teams[member.Team];
            var registration = member.IsRegistered
                ? SocialWorkEnglandNumber.Create(string.Create(CultureInfo.InvariantCulture, $"SW{_random.Next(10_000, 130_000)}"))
                : null;
            var email = EmailAddress.Create($"{NameMatching.Normalise(member.GivenName)}.{NameMatching.Normalise(member.FamilyName)}@demo.hearth.test");
            var worker = Worker.Create(
                member.GivenName, member.FamilyName, member.Role, team, email, registration, _today.AddMonths(-member.MonthsInPost), Change());
            if (member.LeftDaysAgo is { } daysAgo)
            {
                worker.RecordLeaving(_today.AddDays(-daysAgo), Change());
            }

            if (member.Role == Role.TeamManager)
            {
                team.AppointManager(worker, Change());
            }

            _workers.Add(worker);
            _workerFor[member] = worker;
            if (member.Account is { } demo)
            {
                AddAccount(demo, worker.Id);
            }
        }

        AddAccount(DemoLocalAuthority.Administrator, workerId: null);
    }

    private void AddAccount(DemoAccount demo, Guid? workerId)
    {
        var account = UserAccount.Create(EmailAddress.Create(demo.UserName), demo.Name, demo.Role, workerId, "not yet set", Change());
        account.ChangePassword(Passwords.Hash(account, DemoLocalAuthority.Password), Change());
        _accounts.Add(account);
    }

    private Team TeamOf(Worker worker) => _teams.Single(t => t.Id == worker.TeamId);

    private int Between(int min, int max) => _random.Next(min, max + 1);

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T PickWeighted<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var roll = _random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}
