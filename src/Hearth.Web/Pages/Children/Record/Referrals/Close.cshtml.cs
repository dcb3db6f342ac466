using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Referrals;

public sealed class CloseModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : EpisodePageModel(db, record, clock)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the closure date")]
    [Display(Name = "Closure date")]
    public DateOnly? ClosureDate { get; set; }

    [BindProperty]
    [Display(Name = "Reason for closure")]
    public string? ReasonCode { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid episodeId)
    {
        if (!await LoadAsync(childId, episodeId))
        {
            return NotFound();
        }

        ClosureDate = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid episodeId)
    {
        if (!await LoadAsync(childId, episodeId))
        {
            return NotFound();
        }

        if (!ClosureReason.TryCreate(ReasonCode, out var reason, out var reasonError))
        {
            ModelState.AddModelError(nameof(ReasonCode), reasonError);
        }

        if (!ModelState.IsValid || reason is null || !Episode.IsOpen)
        {
            return Page();
        }

        var today = Today;
        var rule = Episode.CanClose(ClosureDate!.Value, reason, OpenPlans, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(OpenPlans.Count > 0 ? string.Empty : nameof(ClosureDate), rule.Message!);
            return Page();
        }

        return await SaveChangeAsync(
            () => Episode.Close(ClosureDate.Value, reason, OpenPlans, today, Change(reason.Description)),
            nameof(ClosureDate),
            $"Child in need episode closed: {reason.Description}",
            $"/children/{childId}/referrals",
            "the child's referrals");
    }
}
