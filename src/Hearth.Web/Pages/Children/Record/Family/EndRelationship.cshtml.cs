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

public sealed class EndRelationshipModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
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
        var child = await Db.Set<Child>().AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (child.Relationships.FirstOrDefault(r => r.Id == relationshipId) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid relationshipId)
    {
        var child = await Db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (child.Relationships.FirstOrDefault(r => r.Id == relationshipId) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        if (ModelState.ErrorCount > 0 || !person.IsCurrent)
        {
            return Page();
        }

        var today = Today;
        var rule = child.CanEndRelationship(relationshipId, EndDate!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(EndDate), rule.Message!);
            return Page();
        }

        return await SaveChangeAsync(
            () => child.EndRelationship(relationshipId, EndDate.Value, today, Change(Reason)),
            nameof(EndDate),
            $"Relationship with {person.Name} ended",
            $"/children/{childId}/family",
            "the family and network");
    }
}
