using Hearth.Data;
using Hearth.Data.Workforce;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;

namespace Hearth.TestSupport;

/// <summary>
/// Named builders for test data with sensible defaults: say only what the test is about.
/// Every record is made through the domain's own methods, so it obeys the same rules as real data.
/// </summary>
public sealed class TestData(Func<HearthDbContext> createContext, FakeClock clock)
{
    /// <summary>The password every test account is given.</summary>
    public const string Password = "correct horse battery staple";

    private static int _sequence;

    public FakeClock Clock { get; } = clock;

    public DateOnly Today => Clock.Today;

    public ChangeContext Change(string? reason = "Test data") =>
        new(new Guid("00000000-0000-7000-8000-00000000da7a"), "Test data", Clock.GetUtcNow(), reason);

    public static ChildDetails ChildDetails(
        string givenNames = "Jamie",
        string familyName = "Reed",
        DateOnly? dateOfBirth = null,
        DateOnly? expectedDateOfBirth = null,
        string sex = "M",
        string? nhsNumber = null,
        string ethnicity = "WBRI") =>
        new()
        {
            Name = PersonName.Create(givenNames, familyName),
            DateOfBirth = expectedDateOfBirth is null ? dateOfBirth ?? new DateOnly(2018, 5, 14) : null,
            ExpectedDateOfBirth = expectedDateOfBirth,
            Sex = Sex.Create(sex),
            Ethnicity = Ethnicity.Create(ethnicity),
            NhsNumber = nhsNumber is null ? null : NhsNumber.Create(nhsNumber),
        };

    public static string NextLaChildId() => $"TEST{Interlocked.Increment(ref _sequence):D6}";

    public async Task<Child> CreateChildAsync(
        string givenNames = "Jamie",
        string familyName = "Reed",
        DateOnly? dateOfBirth = null,
        DateOnly? expectedDateOfBirth = null,
        string? nhsNumber = null,
        string? postcode = null,
        Action<Child>? configure = null)
    {
        var child = Child.Register(
            LocalAuthorityChildId.Create(NextLaChildId()),
            ChildDetails(givenNames, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber: nhsNumber),
            Today,
            Change());
        if (postcode is not null)
        {
            child.MoveAddress(AddressKind.Home, Address.Create("1 High Street", null, null, "Weston-super-Mare", postcode), Today.AddYears(-1), Today, Change());
        }

        configure?.Invoke(child);
        await SaveAsync(child);
        return child;
    }

    public async Task<Team> CreateTeamAsync(string name = "Safeguarding East", TeamKind kind = TeamKind.ChildProtection)
    {
        var team = Team.Create($"{name} {Interlocked.Increment(ref _sequence)}", kind, Change());
        await SaveAsync(team);
        return team;
    }

    public async Task<Worker> CreateWorkerAsync(Team team, Role role = Role.SocialWorker, string givenName = "Priya", string familyName = "Shah")
    {
        ArgumentNullException.ThrowIfNull(team);
        var number = Interlocked.Increment(ref _sequence);
        var registration = role.RequiresSocialWorkEnglandRegistration ? SocialWorkEnglandNumber.Create($"SW{100000 + number}") : null;
        var worker = Worker.Create(givenName, familyName, role, team, EmailAddress.Create($"worker{number}@hearth.test"), registration,
            Today.AddYears(-2), Change());
        await SaveAsync(worker);
        return worker;
    }

    /// <summary>An account that can sign in with <see cref="Password"/> straight away.</summary>
    public async Task<UserAccount> CreateUserAsync(Role role, Worker? worker = null, string? displayName = null)
    {
        var number = Interlocked.Increment(ref _sequence);
        var account = UserAccount.Create(EmailAddress.Create(worker?.Email.Value ?? $"user{number}@hearth.test"),
            displayName ?? (worker is null ? $"Test {role.DisplayName} {number}" : $"{worker.GivenName} {worker.FamilyName}"),
            role, worker?.Id, "pending", Change());
        account.ChangePassword(Passwords.Hash(account, Password), Change());
        await SaveAsync(account);
        return account;
    }

    public async Task<Allocation> AllocateAsync(Child child, Worker worker, Team team, DateOnly? startDate = null)
    {
        ArgumentNullException.ThrowIfNull(child);
        await using var context = createContext();
        var history = context.Set<Allocation>().Where(a => a.ChildId == child.Id).ToList();
        var allocations = new CaseAllocations(child.Id, history);
        var allocation = allocations.Allocate(worker, team, startDate ?? Today.AddMonths(-1), "Allocated for assessment", Change());
        context.Add(allocation);
        await context.SaveChangesAsync();
        return allocation;
    }

    private async Task SaveAsync(object entity)
    {
        await using var context = createContext();
        context.Add(entity);
        await context.SaveChangesAsync();
    }
}
