namespace Hearth.Domain.Workforce;

/// <summary>The part of the service a team works in. The numbers are stored.</summary>
public enum TeamKind
{
    FrontDoor = 1,
    Assessment = 2,
    ChildInNeed = 3,
    ChildProtection = 4,
    ChildrenLookedAfter = 5,
    CareLeavers = 6,
    DisabledChildren = 7,
    EarlyHelp = 8,
    QualityAssurance = 9,
    Other = 10,
}

/// <summary>Display names for team kinds.</summary>
public static class TeamKindExtensions
{
    extension(TeamKind kind)
    {
        public string DisplayName => kind switch
        {
            TeamKind.FrontDoor => "Front door or MASH",
            TeamKind.Assessment => "Assessment",
            TeamKind.ChildInNeed => "Child in need",
            TeamKind.ChildProtection => "Child protection and safeguarding",
            TeamKind.ChildrenLookedAfter => "Children looked after",
            TeamKind.CareLeavers => "Care leavers",
            TeamKind.DisabledChildren => "Disabled children",
            TeamKind.EarlyHelp => "Early help",
            TeamKind.QualityAssurance => "Quality assurance",
            TeamKind.Other => "Other",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown team kind."),
        };
    }
}
