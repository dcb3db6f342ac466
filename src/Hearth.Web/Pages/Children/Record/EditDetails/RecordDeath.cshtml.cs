using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.EditDetails;

public sealed class RecordDeathModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    [BindProperty]
    [DateInput]
    [Required(ErrorMessage = "Enter the date of death")]
    [Display(Name = "Date of death")]
    public DateOnly? DateOfDeath { get; set; }

    /// <summary>Why the death cannot be recorded at all (already recorded, or the child is unborn); null when it can.</summary>
    public string? Unavailable { get; private set; }

    public async Task OnGetAsync(Guid childId)
    {
        var child = await Db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId);
        Unavailable = UnavailableFor(child);
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var child = await Db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        Unavailable = UnavailableFor(child);
        if (Unavailable is not null || ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var today = Today;
        var rule = child.CanRecordDeath(DateOfDeath!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(DateOfDeath), rule.Message!);
            return Page();
        }

        return await SaveChangeAsync(
            () => child.RecordDeath(DateOfDeath.Value, today, Change()),
            nameof(DateOfDeath),
            "The child's date of death has been recorded",
            $"/children/{childId}",
            "the child's details");
    }

    private static string? UnavailableFor(Child child) =>
        child.DateOfDeath is not null ? "The child's death has already been recorded."
        : child.IsUnborn ? "Record the child's birth before recording their death."
        : null;
}
