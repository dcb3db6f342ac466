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

public sealed class AddProfessionalModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    [BindProperty]
    [Display(Name = "Role")]
    public string? Role { get; set; }

    [BindProperty]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Organisation")]
    public string? Organisation { get; set; }

    [BindProperty]
    [Display(Name = "Phone number")]
    public string? Phone { get; set; }

    [BindProperty]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [BindProperty]
    [DateInput]
    [Required(ErrorMessage = "Enter the date they became involved")]
    [Display(Name = "Date they became involved")]
    public DateOnly? FromDate { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var child = await Db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (!ProfessionalRole.TryCreate(Role, out var role, out _))
        {
            ModelState.AddModelError(nameof(Role), "Select the professional's role");
        }

        PhoneNumber? phone = null;
        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumber.TryCreate(Phone, out phone, out var phoneError))
        {
            ModelState.AddModelError(nameof(Phone), phoneError);
        }

        EmailAddress? email = null;
        if (!string.IsNullOrWhiteSpace(Email) && !EmailAddress.TryCreate(Email, out email, out var emailError))
        {
            ModelState.AddModelError(nameof(Email), emailError);
        }

        if (FromDate is { } from && Child.CanAddProfessional(Name, Organisation, from, Today) is { IsAllowed: false } refusal)
        {
            var message = refusal.Message!;
            ModelState.AddModelError(message.Contains("future", StringComparison.OrdinalIgnoreCase) ? nameof(FromDate) : nameof(Name), message);
        }
        else if (FromDate is null && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Organisation))
        {
            ModelState.AddModelError(nameof(Name), "Enter the professional's name or their organisation");
        }

        if (ModelState.ErrorCount > 0 || role is null)
        {
            return Page();
        }

        var today = Today;
        return await SaveChangeAsync(
            () => child.AddProfessional(role, Name, Organisation, phone, email, FromDate!.Value, today,
                    Change()),
            string.Empty,
            $"{role.Description} added to the professionals involved",
            $"/children/{childId}/family",
            "the family and network");
    }
}
