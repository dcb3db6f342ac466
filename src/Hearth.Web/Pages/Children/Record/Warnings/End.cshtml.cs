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
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Warnings;

public sealed class EndModel(HearthDbContext db, ChildRecord record, ChildAccess access, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    public WorkerSafetyWarning Warning { get; private set; } = null!;

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the warning ended")]
    [Display(Name = "End date")]
    public DateOnly? EndedOn { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Give a reason for ending the warning")]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

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
        EndedOn = access.Today;
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
        if (ModelState.IsValid)
        {
            var rule = child.CanEndWarning(warningId, EndedOn!.Value, Reason, today);
            if (!rule.IsAllowed)
            {
                ModelState.AddModelError(warning.IsActive ? nameof(EndedOn) : string.Empty, rule.Message!);
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
            child.EndWarning(warningId, EndedOn!.Value, Reason!, today,
                new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow(), Reason));
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

        TempData["Notification"] = $"Warning ended: {warning.Type.Description}";
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
