namespace Hearth.Domain.FrontDoor;

/// <summary>
/// The threshold a contact's needs meet on the local level-of-need framework (Working Together to Safeguard
/// Children 2023: local criteria for action). The numbers are stored.
/// </summary>
public enum LevelOfNeed
{
    Universal = 1,
    EarlyHelp = 2,
    ChildInNeed = 3,
    ChildProtection = 4,
}

/// <summary>What the front door decided to do with a contact. The numbers are stored.</summary>
public enum ContactOutcome
{
    NoFurtherAction = 1,
    InformationAndAdvice = 2,
    EarlyHelp = 3,
    ReferralToChildrensSocialCare = 4,
    ImmediateStrategyDiscussion = 5,
}

/// <summary>Where a contact stands at the front door. The numbers are stored.</summary>
public enum ContactStatus
{
    AwaitingDecision = 1,
    ClosedPendingInformation = 2,
    Decided = 3,
}

/// <summary>Display names for levels of need.</summary>
public static class LevelOfNeedExtensions
{
    extension(LevelOfNeed level)
    {
        public string DisplayName => level switch
        {
            LevelOfNeed.Universal => "Universal",
            LevelOfNeed.EarlyHelp => "Early help",
            LevelOfNeed.ChildInNeed => "Child in need",
            LevelOfNeed.ChildProtection => "Child protection",
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level of need."),
        };
    }
}

/// <summary>Display names for contact outcomes.</summary>
public static class ContactOutcomeExtensions
{
    extension(ContactOutcome outcome)
    {
        public string DisplayName => outcome switch
        {
            ContactOutcome.NoFurtherAction => "No further action",
            ContactOutcome.InformationAndAdvice => "Information and advice",
            ContactOutcome.EarlyHelp => "Early help",
            ContactOutcome.ReferralToChildrensSocialCare => "Referral to children's social care",
            ContactOutcome.ImmediateStrategyDiscussion => "Immediate strategy discussion",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
        };

        /// <summary>
        /// Whether the outcome is a referral to children's social care, opening a child in need episode: an immediate
        /// strategy discussion is one too, and its decision is the reasonable cause the discussion's clock runs from.
        /// </summary>
        public bool OpensChildInNeedEpisode => outcome is ContactOutcome.ReferralToChildrensSocialCare or ContactOutcome.ImmediateStrategyDiscussion;
    }
}

/// <summary>Display names for contact statuses.</summary>
public static class ContactStatusExtensions
{
    extension(ContactStatus status)
    {
        public string DisplayName => status switch
        {
            ContactStatus.AwaitingDecision => "Awaiting decision",
            ContactStatus.ClosedPendingInformation => "Closed while information is gathered",
            ContactStatus.Decided => "Decided",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown contact status."),
        };
    }
}
