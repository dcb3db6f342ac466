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

public sealed class EndProfessionalModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

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
        var child = await db.Set<Child>().AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (child.Professionals.FirstOrDefault(p => p.Id == professionalId) is not { } professional)
        {
            return NotFound();
        }

        Professional = professional;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid professionalId)
    {
        var child = await db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (child.Professionals.FirstOrDefault(p => p.Id == professionalId) is not { } professional)
        {
            return NotFound();
        }

        Professional = professional;
        if (ModelState.ErrorCount > 0 || !professional.IsCurrent)
        {
            return Page();
        }

        var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
        var rule = child.CanEndProfessional(professionalId, EndDate!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(EndDate), rule.Message!);
            return Page();
        }

        try
        {
            child.EndProfessional(professionalId, EndDate.Value, today, new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow(), Reason));
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(EndDate), refused.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this record while you were editing it. Check the family and network, then try again.");
            return Page();
        }

        TempData["Notification"] = $"Involvement of {professional} ended";
        return Redirect($"/children/{childId}/family");
    }
}
