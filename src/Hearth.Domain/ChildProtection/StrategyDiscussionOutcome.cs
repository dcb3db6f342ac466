namespace Hearth.Domain.ChildProtection;

/// <summary>How a strategy discussion took place. The numbers are stored.</summary>
public enum StrategyDiscussionFormat
{
    /// <summary>A strategy meeting, with the agencies together in person or online.</summary>
    Meeting = 1,

    /// <summary>A discussion by phone or messages, without a meeting.</summary>
    Discussion = 2,
}

/// <summary>What a strategy discussion decided. The numbers are stored.</summary>
public enum StrategyDiscussionOutcome
{
    Section47Enquiry = 1,
    NoSection47Enquiry = 2,
    FurtherStrategyDiscussion = 3,
}

/// <summary>Display names for strategy discussion formats.</summary>
public static class StrategyDiscussionFormatDisplayNames
{
    extension(StrategyDiscussionFormat format)
    {
        public string DisplayName => format switch
        {
            StrategyDiscussionFormat.Meeting => "Strategy meeting",
            StrategyDiscussionFormat.Discussion => "Strategy discussion (by phone or messages)",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
        };
    }
}

/// <summary>Display names for strategy discussion outcomes.</summary>
public static class StrategyDiscussionOutcomeDisplayNames
{
    extension(StrategyDiscussionOutcome outcome)
    {
        public string DisplayName => outcome switch
        {
            StrategyDiscussionOutcome.Section47Enquiry => "Section 47 enquiry",
            StrategyDiscussionOutcome.NoSection47Enquiry => "No section 47 enquiry",
            StrategyDiscussionOutcome.FurtherStrategyDiscussion => "Further strategy discussion",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
        };
    }
}
