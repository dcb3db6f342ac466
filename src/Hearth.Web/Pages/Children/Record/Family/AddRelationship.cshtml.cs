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

public sealed class AddRelationshipModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    [BindProperty]
    [Display(Name = "Relationship to the child")]
    public string? Relationship { get; set; }

    [BindProperty]
    [Display(Name = "Full name")]
    public string? Name { get; set; }

    [BindProperty]
    [DateInput]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select yes if the person has parental responsibility for the child")]
    public bool? HasParentalResponsibility { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select yes if the person lives with the child")]
    public bool? LivesWithChild { get; set; }

    [BindProperty]
    [Display(Name = "Phone number")]
    public string? Phone { get; set; }

    [BindProperty]
    [Display(Name = "Address line 1")]
    public string? AddressLine1 { get; set; }

    [BindProperty]
    [Display(Name = "Address line 2")]
    public string? AddressLine2 { get; set; }

    [BindProperty]
    [Display(Name = "Town or city")]
    public string? Town { get; set; }

    [BindProperty]
    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [BindProperty]
    [DateInput]
    [Required(ErrorMessage = "Enter the date the relationship started")]
    [Display(Name = "Date the relationship started")]
    public DateOnly? StartDate { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var child = await Db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (!RelationshipType.TryCreate(Relationship, out var relationship, out _))
        {
            ModelState.AddModelError(nameof(Relationship), "Select how the person is related to the child");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the person's name");
        }

        PhoneNumber? phone = null;
        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumber.TryCreate(Phone, out phone, out var phoneError))
        {
            ModelState.AddModelError(nameof(Phone), phoneError);
        }

        Address? address = null;
        if (new[] { AddressLine1, AddressLine2, Town, Postcode }.Any(p => !string.IsNullOrWhiteSpace(p))
            && !Address.TryCreate(AddressLine1, AddressLine2, null, Town, Postcode, out address, out var addressError))
        {
            ModelState.AddModelError(AddressField(addressError), addressError);
        }

        if (ModelState.ErrorCount > 0 || relationship is null)
        {
            return Page();
        }

        var today = Today;
        var rule = child.CanAddRelationship(Name, DateOfBirth, null, StartDate!.Value, today);
        if (!rule.IsAllowed)
        {
            var message = rule.Message!;
            ModelState.AddModelError(
                message.Contains("date of birth", StringComparison.OrdinalIgnoreCase) ? nameof(DateOfBirth)
                : message.Contains("name", StringComparison.OrdinalIgnoreCase) ? nameof(Name)
                : nameof(StartDate),
                message);
            return Page();
        }

        return await SaveChangeAsync(
            () => child.AddRelationship(relationship, Name!, DateOfBirth, HasParentalResponsibility!.Value, LivesWithChild!.Value, phone, address, null,
                    StartDate.Value, today, Change()),
            string.Empty,
            $"{Name!.Trim()} added to the child's family and network",
            $"/children/{childId}/family",
            "the family and network");
    }

    internal static string AddressField(string error) =>
        error.Contains("line 1", StringComparison.OrdinalIgnoreCase) ? nameof(AddressLine1)
        : error.Contains("line 2", StringComparison.OrdinalIgnoreCase) ? nameof(AddressLine2)
        : error.Contains("town", StringComparison.OrdinalIgnoreCase) ? nameof(Town)
        : nameof(Postcode);
}
