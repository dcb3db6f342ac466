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

public sealed class MoveAddressModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    public ChildAddress? CurrentAddress { get; private set; }

    [BindProperty]
    [Display(Name = "Kind of address")]
    public string? Kind { get; set; }

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
    [Required(ErrorMessage = "Enter the date the child moved")]
    [Display(Name = "Date the child moved")]
    public DateOnly? StartDate { get; set; }

    public async Task OnGetAsync(Guid childId)
    {
        var child = await Db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId);
        CurrentAddress = child.CurrentAddress;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var child = await Db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        CurrentAddress = child.CurrentAddress;
        if (!AddressKind.TryCreate(Kind, out var kind, out _))
        {
            ModelState.AddModelError(nameof(Kind), "Select the kind of address");
        }

        var anyAddress = new[] { AddressLine1, AddressLine2, Town, Postcode }.Any(p => !string.IsNullOrWhiteSpace(p));
        Address? address = null;
        if (kind != AddressKind.NoFixedAbode && (kind is not null || anyAddress)
            && !Address.TryCreate(AddressLine1, AddressLine2, null, Town, Postcode, out address, out var addressError))
        {
            ModelState.AddModelError(AddressField(addressError), addressError);
        }

        if (kind == AddressKind.NoFixedAbode && anyAddress)
        {
            ModelState.AddModelError(nameof(AddressLine1), "A child with no fixed abode has no address: clear the address, or choose another kind of address");
        }

        if (ModelState.ErrorCount > 0 || kind is null)
        {
            return Page();
        }

        var today = Today;
        var rule = child.CanMoveAddress(kind, address, StartDate!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.Contains("address", StringComparison.OrdinalIgnoreCase) && !rule.Message.Contains("start", StringComparison.OrdinalIgnoreCase)
                ? nameof(AddressLine1) : nameof(StartDate), rule.Message);
            return Page();
        }

        return await SaveChangeAsync(
            () => child.MoveAddress(kind, address, StartDate.Value, today, Change()),
            string.Empty,
            "The child's address has been changed",
            $"/children/{childId}",
            "the child's details");
    }

    private static string AddressField(string error) =>
        error.Contains("line 1", StringComparison.OrdinalIgnoreCase) ? nameof(AddressLine1)
        : error.Contains("line 2", StringComparison.OrdinalIgnoreCase) ? nameof(AddressLine2)
        : error.Contains("town", StringComparison.OrdinalIgnoreCase) ? nameof(Town)
        : nameof(Postcode);
}
