namespace Hearth.Domain.Assessments;

/// <summary>What the child and family assessment concluded should happen next.</summary>
public enum AssessmentOutcome
{
    NoFurtherAction = 1,
    ChildInNeedPlan = 2,
    StrategyDiscussion = 3,
    EarlyHelp = 4,
    Other = 5,
}

/// <summary>The words practitioners use for each outcome.</summary>
public static class AssessmentOutcomeExtensions
{
    extension(AssessmentOutcome outcome)
    {
        public string DisplayName => outcome switch
        {
            AssessmentOutcome.NoFurtherAction => "No further action",
            AssessmentOutcome.ChildInNeedPlan => "Child in need plan",
            AssessmentOutcome.StrategyDiscussion => "Strategy discussion (possible section 47 enquiry)",
            AssessmentOutcome.EarlyHelp => "Step down to early help",
            AssessmentOutcome.Other => "Other",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown assessment outcome."),
        };
    }
}
