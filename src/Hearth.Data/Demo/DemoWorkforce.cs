using Hearth.Domain.Workforce;

namespace Hearth.Data.Demo;

/// <summary>The demo local authority's teams and staff, and each case holder's caseload.</summary>
internal static class DemoWorkforce
{
    public const int FrontDoor = 0;
    public const int AssessmentWeston = 1;
    public const int AssessmentNorth = 2;
    public const int ChildInNeed = 3;
    public const int ProtectionNorth = 4;
    public const int ProtectionWeston = 5;
    public const int LookedAfter = 6;
    public const int CareLeavers = 7;
    public const int DisabledChildren = 8;
    public const int QualityAssurance = 9;

    public static IReadOnlyList<(string Name, TeamKind Kind)> Teams { get; } =
    [
        ("Front Door and MASH", TeamKind.FrontDoor),
        ("Assessment Team (Weston)", TeamKind.Assessment),
        ("Assessment Team (North)", TeamKind.Assessment),
        ("Child in Need Team", TeamKind.ChildInNeed),
        ("Child Protection Team (North)", TeamKind.ChildProtection),
        ("Child Protection Team (Weston)", TeamKind.ChildProtection),
        ("Children Looked After Team", TeamKind.ChildrenLookedAfter),
        ("Care Leavers Team", TeamKind.CareLeavers),
        ("Disabled Children's Team", TeamKind.DisabledChildren),
        ("Quality Assurance and Reviewing Unit", TeamKind.QualityAssurance),
    ];

    /// <summary>
    /// Everyone who works in the demo service. Caseloads add up to the allocated children; team managers
    /// hold no cases of their own except the demo manager's restricted records.
    /// </summary>
    public static IReadOnlyList<StaffMember> Staff { get; } =
    [
        new("Helen", "Price", Role.TeamManager, FrontDoor, 130),
        new("Tariq", "Mahmood", Role.TeamManager, AssessmentWeston, 96),
        new("Joanne", "Fisher", Role.TeamManager, AssessmentNorth, 60),
        new("Grace", "Adebayo", Role.TeamManager, ChildInNeed, 84),
        new("Rebecca", "Hughes", Role.TeamManager, ProtectionNorth, 72, Account: DemoLocalAuthority.TeamManager),
        new("Mark", "Sullivan", Role.TeamManager, ProtectionWeston, 150),
        new("Anita", "Kaur", Role.TeamManager, LookedAfter, 110),
        new("Daniel", "Okoro", Role.TeamManager, CareLeavers, 45),
        new("Claire", "Whitmore", Role.TeamManager, DisabledChildren, 200),
        new("Siân", "Pritchard", Role.TeamManager, QualityAssurance, 90),
        new("Jade", "Thompson", Role.SocialWorker, FrontDoor, 40, 12, DemoLocalAuthority.FrontDoorSocialWorker),
        new("Chloe", "Evans", Role.SocialWorker, AssessmentWeston, 30, 18),
        new("Samuel", "Mensah", Role.SocialWorker, AssessmentNorth, 26, 18),
        new("Fiona", "MacLeod", Role.SocialWorker, ChildInNeed, 70, 18),
        new("Ravi", "Patel", Role.SocialWorker, ChildInNeed, 14, 18),
        new("Aisha", "Rahman", Role.SocialWorker, ProtectionNorth, 38, 15, DemoLocalAuthority.SocialWorker),
        new("Tom", "Bennett", Role.SocialWorker, ProtectionNorth, 11, 18),
        new("Hannah", "Lewis", Role.SocialWorker, ProtectionWeston, 54, 18),
        new("Kieran", "Walsh", Role.SocialWorker, LookedAfter, 66, 19),
        new("Emma", "Clarke", Role.SocialWorker, CareLeavers, 48, 12),
        new("Jo", "Wilkins", Role.SocialWorker, DisabledChildren, 120, 17),
        new("Nathan", "Cole", Role.SocialWorker, ProtectionNorth, 36, LeftDaysAgo: 14),
        new("Donna", "Pearce", Role.BusinessSupport, FrontDoor, 180, Account: DemoLocalAuthority.BusinessSupport),
        new("Yvonne", "Campbell", Role.IndependentReviewingOfficer, QualityAssurance, 100, Account: DemoLocalAuthority.IndependentReviewingOfficer),
        new("Martin", "Hale", Role.QualityAssuranceOfficer, QualityAssurance, 60, Account: DemoLocalAuthority.QualityAssuranceOfficer),
        new("Sophie", "Lam", Role.DataOfficer, QualityAssurance, 30, Account: DemoLocalAuthority.DataOfficer),
        new("Catherine", "Morgan", Role.SeniorLeader, QualityAssurance, 40, Account: DemoLocalAuthority.SeniorLeader),
    ];

    /// <summary>Children at the front door whose contacts arrived today and are not yet allocated.</summary>
    public const int NewContacts = 9;

    /// <summary>Children left unallocated when <c>Nathan Cole</c> left the Child Protection Team (North).</summary>
    public const int LeaverCaseload = 6;

    /// <summary>Why the demo team manager's two restricted records are restricted.</summary>
    public static IReadOnlyList<string> RestrictionReasons { get; } =
    [
        "The child's mother works in North Somerset children's services",
        "High-profile family: the case has been reported in the local press",
    ];
}

/// <summary>One member of staff: a worker record, and a demo account when the role needs one.</summary>
internal sealed record StaffMember(
    string GivenName,
    string FamilyName,
    Role Role,
    int Team,
    int MonthsInPost,
    int Caseload = 0,
    DemoAccount? Account = null,
    int? LeftDaysAgo = null)
{
    /// <summary>
    /// Social workers and their managers must be registered with Social Work England; reviewing officers,
    /// quality assurance officers and the head of service here are social workers too.
    /// </summary>
    public bool IsRegistered => Role is not (Role.BusinessSupport or Role.DataOfficer);
}
