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

namespace Hearth.Web.Pages.Children.Record.Family;

public sealed class EndProfessionalModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    public InvolvedProfessional Professional { get; private set; } = null!;

    [BindProperty]
    [DateInput]
    [Required(ErrorMessage = "Enter the date their involvement ended")]
    [Display(Name = "Date their involvement ended")]
    public DateOnly? EndDate { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the reason their involvement ended")]
    [StringLength(Child.MaxReasonLength, ErrorMessage = "The reason must be 1000 characters or fewer")]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid professionalId)
    {
        var child = await Db.Set<Child>().AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (child.Professionals.FirstOrDefault(p => p.Id == professionalId) is not { } professional)
        {
            return NotFound();
        }

        Professional = professional;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid professionalId)
    {
        var child = await Db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (child.Professionals.FirstOrDefault(p => p.Id == professionalId) is not { } professional)
        {
            return NotFound();
        }

        Professional = professional;
        if (ModelState.ErrorCount > 0 || !professional.IsCurrent)
        {
            return Page();
        }

        var today = Today;
        var rule = child.CanEndProfessional(professionalId, EndDate!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(EndDate), rule.Message!);
            return Page();
        }

        return await SaveChangeAsync(
            () => child.EndProfessional(professionalId, EndDate.Value, today, Change(Reason)),
            nameof(EndDate),
            $"Involvement of {professional} ended",
            $"/children/{childId}/family",
            "the family and network");
    }
}
