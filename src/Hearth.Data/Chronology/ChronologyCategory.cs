namespace Hearth.Data.Chronology;

/// <summary>What part of the child's journey a chronology entry comes from, for filtering.</summary>
public enum ChronologyCategory
{
    FrontDoor,
    Referral,
    StrategyAndEnquiry,
    Assessment,
    ChildInNeedPlan,
    ChildProtection,
    Visit,
    ManagementOversight,
    SignificantEvent,
}
