using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class ReasonableCauseModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : ChildRecordPageModel(db, record, clock)
{
    private readonly DateTimeOffset _now = clock.GetUtcNow();

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the decision")]
    [Display(Name = "Date of the decision")]
    public DateOnly? DecidedOn { get; set; }

    [BindProperty]
    [Display(Name = "Time of the decision")]
    public string? DecidedTime { get; set; }

    [BindProperty]
    [Display(Name = "Who made the decision")]
    public string? DecidedBy { get; set; }

    [BindProperty]
    [Display(Name = "Why there is reasonable cause")]
    public string? Rationale { get; set; }

    public ChildEnquiries Enquiries { get; private set; } = null!;

    public Timescales Timescales => timescales;

    public async Task<IActionResult> OnGetAsync(Guid childId)
    {
        Enquiries = await ChildEnquiries.LoadAsync(Db, childId);
        DecidedOn = Today;
        DecidedTime = LocalTimeInput.TimeOf(_now);
        DecidedBy = User.DisplayName();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        Enquiries = await ChildEnquiries.LoadAsync(Db, childId, tracked: true);
        var decidedAt = LocalTimeInput.Read(ModelState, DecidedOn, DecidedTime, nameof(DecidedTime), "of the decision");
        if (!ModelState.IsValid || decidedAt is null)
        {
            return Page();
        }

        var episode = Enquiries.OpenEpisode;
        var causes = episode is null ? [] : Enquiries.CausesOn(episode);
        var discussions = episode is null ? [] : Enquiries.DiscussionsOn(episode);
        var rule = ReasonableCauseDecision.CanRecord(episode, decidedAt.Value, DecidedBy, Rationale, causes, discussions, _now);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(FieldFor(rule.Message!), rule.Message!);
            return Page();
        }

        return await SaveChangeAsync(
            () => Db.Add(ReasonableCauseDecision.Record(episode!, decidedAt.Value, DecidedBy!, Rationale!, causes, discussions, Change("Reasonable cause to suspect significant harm"))),
            nameof(Rationale),
            "Decision recorded: the strategy discussion is due " + EnquiryDisplay.Due(timescales.StrategyDiscussion.Evaluate(decidedAt.Value, null, _now)),
            $"/children/{childId}/child-protection",
            "the child's child protection record");
    }

    private static string FieldFor(string message) =>
        message.StartsWith("Enter who", StringComparison.Ordinal) ? nameof(DecidedBy)
        : message.StartsWith("Enter why", StringComparison.Ordinal) ? nameof(Rationale)
        : message.Contains("decision must be", StringComparison.Ordinal) || message.Contains("before the referral", StringComparison.Ordinal) ? nameof(DecidedOn)
        : string.Empty;
}
