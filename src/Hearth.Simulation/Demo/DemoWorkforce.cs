using Hearth.Domain.Workforce;

namespace Hearth.Simulation.Demo;

/// <summary>The demo's named staff: the people behind the demo accounts, each holding a post for the whole history.</summary>
internal static class DemoWorkforce
{
    public static IReadOnlyList<(DemoAccount Account, TeamKind Team)> Staff { get; } =
    [
        (DemoLocalAuthority.SocialWorker, TeamKind.ChildProtection),
        (DemoLocalAuthority.FrontDoorSocialWorker, TeamKind.FrontDoor),
        (DemoLocalAuthority.TeamManager, TeamKind.ChildProtection),
        (DemoLocalAuthority.IndependentReviewingOfficer, TeamKind.QualityAssurance),
        (DemoLocalAuthority.BusinessSupport, TeamKind.FrontDoor),
        (DemoLocalAuthority.QualityAssuranceOfficer, TeamKind.QualityAssurance),
        (DemoLocalAuthority.SeniorLeader, TeamKind.QualityAssurance),
        (DemoLocalAuthority.DataOfficer, TeamKind.QualityAssurance),
    ];

    public static IReadOnlyList<NamedWorker> NamedWorkers { get; } = Staff
        .Select(s => new NamedWorker(s.Account.Name.Split(' ')[0], s.Account.Name.Split(' ')[1], s.Account.UserName, s.Account.Role, s.Team))
        .ToList();
}
