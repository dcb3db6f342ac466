using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor.Contacts.Checks;

public sealed class NewModel(HearthDbContext db, ChildAccess access, TimeProvider clock, Timescales timescales) : ContactPageModel(db, access, clock, timescales)
{
    [BindProperty, Display(Name = "Agency")]
    public CheckAgency? Agency { get; set; }

    [BindProperty, Display(Name = "Name of the agency")]
    public string? OtherAgencyName { get; set; }

    [BindProperty, DateInput, Display(Name = "Date requested")]
    public DateOnly? RequestedDate { get; set; }

    [BindProperty, Display(Name = "Time requested")]
    public string? RequestedTime { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        (RequestedDate, RequestedTime) = LocalNow();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Agency is null)
        {
            ModelState.AddModelError(nameof(Agency), "Select the agency");
        }

        var requestedAt = ReadInstant(RequestedDate, nameof(RequestedDate), RequestedTime, nameof(RequestedTime), "the check was requested");
        if (Agency is not { } agency || requestedAt is not { } at || !ModelState.IsValid)
        {
            return Page();
        }

        var rule = Contact.CanRequestCheck(agency, OtherAgencyName, at, Now);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(FieldFor(rule.Message!), rule.Message!);
            return Page();
        }

        AgencyCheck? check = null;
        if (!await TrySaveAsync(() => check = Contact.RequestCheck(agency, OtherAgencyName, at, Change("Multi-agency check requested")), string.Empty, cancellationToken))
        {
            return Page();
        }

        TempData["Notification"] = $"Check requested from {check!.AgencyName}";
        return Redirect($"/front-door/contacts/{id}");
    }

    private static string FieldFor(string message) =>
        message.Contains("name of the agency", StringComparison.Ordinal) ? nameof(OtherAgencyName)
        : message.Contains("requested must", StringComparison.Ordinal) ? nameof(RequestedDate)
        : message.StartsWith("A decision", StringComparison.Ordinal) ? string.Empty
        : nameof(Agency);
}
