using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Referrals;

public sealed class NoFurtherActionModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : EpisodePageModel(db, record, clock)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the decision")]
    [Display(Name = "Date of the decision")]
    public DateOnly? DecidedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid episodeId)
    {
        if (!await LoadAsync(childId, episodeId))
        {
            return NotFound();
        }

        DecidedOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid episodeId)
    {
        if (!await LoadAsync(childId, episodeId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !Episode.IsOpen)
        {
            return Page();
        }

        var today = Today;
        var rule = Episode.CanClose(DecidedOn!.Value, ClosureReason.NoFurtherActionAfterAssessment, OpenPlans, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(OpenPlans.Count > 0 ? string.Empty : nameof(DecidedOn), rule.Message!.Replace("closure date", "date of the decision", StringComparison.Ordinal));
            return Page();
        }

        return await SaveChangeAsync(
            () => Episode.EndWithNoFurtherAction(DecidedOn.Value, OpenPlans, today, Change("No further action")),
            nameof(DecidedOn),
            "Referral ended with no further action",
            $"/children/{childId}/referrals",
            "the child's referrals");
    }
}
