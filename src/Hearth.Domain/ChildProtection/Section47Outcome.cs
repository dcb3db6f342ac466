namespace Hearth.Domain.ChildProtection;

/// <summary>What follows a section 47 enquiry. The numbers are stored.</summary>
public enum Section47Outcome
{
    InitialChildProtectionConference = 1,
    ChildInNeedPlan = 2,
    NoFurtherAction = 3,
}

/// <summary>Display names for section 47 outcomes.</summary>
public static class Section47OutcomeDisplayNames
{
    extension(Section47Outcome outcome)
    {
        public string DisplayName => outcome switch
        {
            Section47Outcome.InitialChildProtectionConference => "Initial child protection conference needed",
            Section47Outcome.ChildInNeedPlan => "Child in need plan",
            Section47Outcome.NoFurtherAction => "No further action",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
        };
    }
}
