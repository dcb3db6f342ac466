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

public sealed class EndRelationshipModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    public RelatedPerson Person { get; private set; } = null!;

    [BindProperty]
    [DateInput]
    [Required(ErrorMessage = "Enter the date the relationship ended")]
    [Display(Name = "Date the relationship ended")]
    public DateOnly? EndDate { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the reason the relationship ended")]
    [StringLength(Child.MaxReasonLength, ErrorMessage = "The reason must be 1000 characters or fewer")]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid relationshipId)
    {
        var child = await db.Set<Child>().AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (child.Relationships.FirstOrDefault(r => r.Id == relationshipId) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid relationshipId)
    {
        var child = await db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (child.Relationships.FirstOrDefault(r => r.Id == relationshipId) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        if (ModelState.ErrorCount > 0 || !person.IsCurrent)
        {
            return Page();
        }

        var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
        var rule = child.CanEndRelationship(relationshipId, EndDate!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(EndDate), rule.Message!);
            return Page();
        }

        try
        {
            child.EndRelationship(relationshipId, EndDate.Value, today, new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow(), Reason));
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

        TempData["Notification"] = $"Relationship with {person.Name} ended";
        return Redirect($"/children/{childId}/family");
    }
}
