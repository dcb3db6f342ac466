using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;

namespace Hearth.Domain.Tests.Workforce;

internal static class WorkforceTestData
{
    public static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 30, 0, TimeSpan.Zero);

    public static readonly Guid ActorId = Guid.Parse("0197a1b2-0000-7000-8000-000000000001");

    public const string ActorName = "Pat Manager";

    public static ChangeContext Context(string? reason = null, DateTimeOffset? at = null) =>
        new(ActorId, ActorName, at ?? Now, reason);

    public static Team CreateTeam(string name = "Assessment Team 1", TeamKind kind = TeamKind.Assessment)
    {
        var team = Team.Create(name, kind, Context());
        team.TakePendingChanges();
        return team;
    }

    public static Worker CreateWorker(
        Team team,
        string givenName = "Alex",
        string familyName = "Okafor",
        Role role = Role.SocialWorker,
        DateOnly? startDate = null,
        string? registration = "SW123456")
    {
        var worker = Worker.Create(
            givenName,
            familyName,
            role,
            team,
            EmailAddress.Create($"{givenName}.{familyName}@example.gov.uk"),
            registration is null ? null : SocialWorkEnglandNumber.Create(registration),
            startDate ?? new DateOnly(2020, 9, 1),
            Context());
        worker.TakePendingChanges();
        return worker;
    }

    public static UserAccount CreateAccount(Role role = Role.SocialWorker, string userName = "alex.okafor@example.gov.uk")
    {
        var account = UserAccount.Create(EmailAddress.Create(userName), "Alex Okafor", role, null, "hash-1", Context());
        account.TakePendingChanges();
        return account;
    }
}
