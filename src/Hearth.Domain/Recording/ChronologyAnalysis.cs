using Hearth.Domain.Audit;

namespace Hearth.Domain.Recording;

/// <summary>
/// A worker's analysis of the child's chronology as a whole: what the events together say about the child's
/// experience. Each new analysis is dated and signed and the earlier ones stay as its history, because a chronology
/// is only useful when someone has made sense of it.
/// </summary>
public sealed class ChronologyAnalysis : AuditedEntity
{
    public const int MaxTextLength = 20000;
    public const int MaxNameLength = 200;

    private ChronologyAnalysis(Guid id, Guid childId, string text, DateTimeOffset writtenAt, Guid authorAccountId, string authorName)
    {
        Id = id;
        ChildId = childId;
        Text = text;
        WrittenAt = writtenAt;
        AuthorAccountId = authorAccountId;
        AuthorName = authorName;
    }

    private ChronologyAnalysis()
    {
        Text = AuthorName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public Guid AuthorAccountId { get; private set; }

    /// <summary>The author's name when they signed it.</summary>
    public string AuthorName { get; private set; }

    public static RuleResult CanWrite(string? text, ChronologyAnalysis? current)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return RuleResult.Refused("Enter your analysis of the chronology");
        }

        if (text.Trim().Length > MaxTextLength)
        {
            return RuleResult.Refused($"The analysis must be {MaxTextLength:N0} characters or fewer");
        }

        return current is not null && string.Equals(current.Text, text.Trim(), StringComparison.Ordinal)
            ? RuleResult.Refused("The analysis is the same as the current one. Change it, or go back to the chronology")
            : RuleResult.Allowed;
    }

    /// <summary>Writes a new analysis of the child's chronology, signed by the person in <paramref name="context"/>; <paramref name="current"/> becomes history.</summary>
    public static ChronologyAnalysis Write(Guid childId, string text, ChronologyAnalysis? current, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (childId == Guid.Empty)
        {
            throw new ArgumentException("An analysis must be of a child's chronology.", nameof(childId));
        }

        if (current is not null && current.ChildId != childId)
        {
            throw new ArgumentException("The current analysis must be of the same child's chronology.", nameof(current));
        }

        CanWrite(text, current).ThrowIfRefused();
        var name = context.ActorName.Length <= MaxNameLength ? context.ActorName : context.ActorName[..MaxNameLength];
        var analysis = new ChronologyAnalysis(Guid.CreateVersion7(context.Now), childId, text.Trim(), context.Now, context.ActorId, name);
        analysis.RecordChange(
            childId,
            analysis.Id,
            current is null ? "Chronology analysis written" : "Chronology analysis updated",
            context,
            FieldChange.Between("Analysis of the chronology", current?.Text, analysis.Text));
        return analysis;
    }
}
