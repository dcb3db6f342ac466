using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor.Contacts;

public sealed class CloseModel(HearthDbContext db, ChildAccess access, TimeProvider clock, Timescales timescales) : ContactPageModel(db, access, clock, timescales)
{
    [BindProperty, Display(Name = "Information being gathered")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, acting: true, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        var rule = Contact.CanClosePendingInformation(Reason);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(Reason), rule.Message!);
            return Page();
        }

        if (!await TrySaveAsync(() => Contact.ClosePendingInformation(Reason!, Change(Reason)), nameof(Reason), cancellationToken))
        {
            return Page();
        }

        TempData["Notification"] = "Contact closed while information is gathered. Its clock keeps running";
        return Redirect($"/front-door/contacts/{id}");
    }
}
