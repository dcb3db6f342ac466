using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.AccessLog;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Warnings;

public sealed class ReviewModel(HearthDbContext db, ChildRecord record, ChildAccess access, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    public WorkerSafetyWarning Warning { get; private set; } = null!;

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the review")]
    [Display(Name = "Date of review")]
    public DateOnly? ReviewedOn { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select whether the warning continues or ends")]
    [Display(Name = "Outcome")]
    public WarningReviewOutcome? Outcome { get; set; }

    [BindProperty, DateInput]
    [Display(Name = "Next review date")]
    public DateOnly? NextReviewDate { get; set; }

    [BindProperty]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<ChangeRecord> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid warningId)
    {
        var child = await db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId);
        if (child.Warnings.FirstOrDefault(w => w.Id == warningId) is not { } warning)
        {
            return NotFound();
        }

        Warning = warning;
        Version = child.Version;
        ReviewedOn = access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid warningId)
    {
        var today = access.Today;
        var child = await db.Set<Child>().SingleAsync(c => c.Id == childId);
        if (child.Warnings.FirstOrDefault(w => w.Id == warningId) is not { } warning)
        {
            return NotFound();
        }

        Warning = warning;
        if (Outcome == WarningReviewOutcome.End)
        {
            NextReviewDate = null;
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(NextReviewDate), StringComparison.Ordinal)).ToList())
            {
                ModelState[key]!.Errors.Clear();
                ModelState[key]!.ValidationState = ModelValidationState.Skipped;
            }

            ModelState.MarkFieldSkipped(nameof(NextReviewDate));
        }
        else if (Outcome == WarningReviewOutcome.Continue && NextReviewDate is null && ModelState.GetFieldValidationState(nameof(NextReviewDate)) != ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(NextReviewDate), "Enter the date of the next review");
        }

        if (ModelState.IsValid)
        {
            var rule = child.CanReviewWarning(warningId, ReviewedOn!.Value, Outcome!.Value, NextReviewDate, Note, today);
            if (!rule.IsAllowed)
            {
                var field = !warning.IsActive ? string.Empty
                    : ReviewedOn > today || ReviewedOn < warning.RaisedOn ? nameof(ReviewedOn)
                    : Outcome == WarningReviewOutcome.Continue ? nameof(NextReviewDate)
                    : nameof(Note);
                ModelState.AddModelError(field, rule.Message!);
            }
        }

        if (ModelState.IsValid && child.Version != Version)
        {
            return await ConflictAsync(childId, child.Version);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            child.ReviewWarning(warningId, ReviewedOn!.Value, Outcome!.Value, NextReviewDate, Note, today,
                new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow(), Note));
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<Child>().Where(c => c.Id == childId).Select(c => c.Version).SingleAsync();
            return await ConflictAsync(childId, current);
        }

        TempData["Notification"] = Outcome == WarningReviewOutcome.End
            ? $"Warning reviewed and ended: {warning.Type.Description}"
            : $"Warning reviewed: {warning.Type.Description}";
        return Redirect($"/children/{childId}/warnings");
    }

    private async Task<IActionResult> ConflictAsync(Guid childId, Guid currentVersion)
    {
        Changes = await ChangesSince.LoadAsync(db, childId, Version);
        ModelState.AddModelError(string.Empty, ChangesSince.Message);
        Version = currentVersion;
        ModelState.Remove(nameof(Version));
        return Page();
    }
}
