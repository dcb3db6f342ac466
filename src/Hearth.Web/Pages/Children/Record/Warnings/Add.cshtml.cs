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

public sealed class AddModel(HearthDbContext db, ChildRecord record, ChildAccess access, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    [BindProperty]
    [Required(ErrorMessage = "Select the type of warning")]
    [Display(Name = "Type of warning")]
    public string? Type { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Describe the risk to visiting workers")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the warning was raised")]
    [Display(Name = "Date raised")]
    public DateOnly? RaisedOn { get; set; }

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the review date")]
    [Display(Name = "Review date")]
    public DateOnly? ReviewDate { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<ChangeRecord> Changes { get; private set; } = [];

    public async Task OnGetAsync(Guid childId)
    {
        Version = await db.Set<Child>().Where(c => c.Id == childId).Select(c => c.Version).SingleAsync();
        RaisedOn = access.Today;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var today = access.Today;
        var child = await db.Set<Child>().SingleAsync(c => c.Id == childId);
        WarningType? type = null;
        if (Type is not null && !WarningType.TryCreate(Type, out type, out var typeError))
        {
            ModelState.AddModelError(nameof(Type), typeError);
        }

        if (ModelState.IsValid)
        {
            var rule = Child.CanAddWarning(Description, RaisedOn!.Value, ReviewDate!.Value, today);
            if (!rule.IsAllowed)
            {
                var field = string.IsNullOrWhiteSpace(Description) || Description.Trim().Length > WorkerSafetyWarning.MaxDescriptionLength ? nameof(Description)
                    : RaisedOn > today ? nameof(RaisedOn)
                    : nameof(ReviewDate);
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
            child.AddWarning(type!, Description!, RaisedOn!.Value, ReviewDate!.Value, today,
                new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow()));
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

        TempData["Notification"] = $"Warning added: {type!.Description}";
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
