using System.ComponentModel.DataAnnotations;
using Hearth.Domain;
using Hearth.Domain.Recording;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Pages.Children.Record.Visits;

/// <summary>What the visit form posts, as typed, for recording a visit and for correcting one.</summary>
public sealed class VisitInput
{
    public const string SeenAlone = "seen-alone";
    public const string SeenNotAlone = "seen-not-alone";
    public const string NotSeen = "not-seen";

    [Display(Name = "Kind of visit")]
    public string? Kind { get; set; }

    [DateInput]
    [Required(ErrorMessage = "Enter the date of the visit")]
    [Display(Name = "Date of visit")]
    public DateOnly? VisitedOn { get; set; }

    [Display(Name = "Who visited")]
    public Guid? VisitorWorkerId { get; set; }

    [Display(Name = "Was the child seen")]
    public string? Seen { get; set; }

    [Display(Name = "Why the child was not seen, or not seen alone")]
    public string? NotSeenReason { get; set; }

    [Display(Name = "The child's wishes and feelings")]
    public string? WishesAndFeelings { get; set; }

    public string? Observations { get; set; }

    public string? Analysis { get; set; }

    public bool ChildSeen => Seen is SeenAlone or SeenNotAlone;

    public bool ChildSeenAlone => Seen is SeenAlone;

    public VisitKind? ParsedKind => Enum.TryParse<VisitKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null;

    public static VisitInput From(Visit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new VisitInput
        {
            Kind = visit.Kind.ToString(),
            VisitedOn = visit.VisitedOn,
            VisitorWorkerId = visit.VisitorWorkerId,
            Seen = visit.ChildSeenAlone ? SeenAlone : visit.ChildSeen ? SeenNotAlone : NotSeen,
            NotSeenReason = visit.NotSeenReason,
            WishesAndFeelings = visit.WishesAndFeelings,
            Observations = visit.Observations,
            Analysis = visit.Analysis,
        };
    }

    /// <summary>Puts what is missing or wrong against its field; <paramref name="rule"/> is the domain's answer once the basics are there.</summary>
    public void Validate(ModelStateDictionary modelState, Func<VisitKind, RuleResult> rule)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(rule);
        if (ParsedKind is null)
        {
            modelState.AddModelError($"Input.{nameof(Kind)}", "Select the kind of visit");
        }

        if (VisitorWorkerId is null)
        {
            modelState.AddModelError($"Input.{nameof(VisitorWorkerId)}", "Select who visited");
        }

        if (Seen is not (SeenAlone or SeenNotAlone or NotSeen))
        {
            modelState.AddModelError($"Input.{nameof(Seen)}", "Select whether the child was seen");
        }

        foreach (var (field, text, max, what) in new[]
        {
            (nameof(WishesAndFeelings), WishesAndFeelings, Visit.MaxTextLength, "The child's wishes and feelings"),
            (nameof(Observations), Observations, Visit.MaxTextLength, "Observations"),
            (nameof(Analysis), Analysis, Visit.MaxTextLength, "Analysis"),
            (nameof(NotSeenReason), NotSeenReason, Visit.MaxReasonLength, "Why the child was not seen"),
        })
        {
            if (text is { Length: var length } && length > max)
            {
                modelState.AddModelError($"Input.{field}", $"{what} must be {max:N0} characters or fewer");
            }
        }

        if (!modelState.IsValid)
        {
            return;
        }

        if (rule(ParsedKind!.Value).Message is { } message)
        {
            modelState.AddModelError(FieldFor(message), message);
        }
    }

    /// <summary>The field a visit rule's message is about.</summary>
    public static string FieldFor(string message) => message switch
    {
        _ when message.Contains("date of the visit", StringComparison.Ordinal) => $"Input.{nameof(VisitedOn)}",
        _ when message.Contains("seen alone without", StringComparison.Ordinal) => $"Input.{nameof(Seen)}",
        _ when message.StartsWith("Enter why", StringComparison.Ordinal) => $"Input.{nameof(NotSeenReason)}",
        _ when message.Contains("reason for the correction", StringComparison.Ordinal) => "Reason",
        _ => string.Empty,
    };
}

