using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor.Contacts.Checks;

public sealed class ReturnModel(HearthDbContext db, ChildAccess access, TimeProvider clock, Timescales timescales) : ContactPageModel(db, access, clock, timescales)
{
    public AgencyCheck Check { get; private set; } = null!;

    [BindProperty, DateInput, Display(Name = "Date returned")]
    public DateOnly? ReturnedDate { get; set; }

    [BindProperty, Display(Name = "Time returned")]
    public string? ReturnedTime { get; set; }

    [BindProperty, Display(Name = "What the agency said")]
    public string? AgencyResponse { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid checkId, CancellationToken cancellationToken)
    {
        if (await LoadCheckAsync(id, checkId, cancellationToken) is { } refused)
        {
            return refused;
        }

        (ReturnedDate, ReturnedTime) = LocalNow();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid checkId, CancellationToken cancellationToken)
    {
        if (await LoadCheckAsync(id, checkId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(AgencyResponse))
        {
            ModelState.AddModelError(nameof(AgencyResponse), $"Enter what {Check.AgencyName} said");
        }

        var returnedAt = ReadInstant(ReturnedDate, nameof(ReturnedDate), ReturnedTime, nameof(ReturnedTime), "the check was returned");
        if (returnedAt is not { } at || !ModelState.IsValid)
        {
            return Page();
        }

        var rule = Contact.CanRecordCheckReturn(checkId, at, AgencyResponse, Now);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.Contains("returned must", StringComparison.Ordinal) ? nameof(ReturnedDate)
                : rule.Message.Contains("already", StringComparison.Ordinal) ? string.Empty
                : nameof(AgencyResponse);
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        if (!await TrySaveAsync(() => Contact.RecordCheckReturn(checkId, at, AgencyResponse!, Change("Multi-agency check returned")), string.Empty, cancellationToken))
        {
            return Page();
        }

        TempData["Notification"] = $"Check returned by {Check.AgencyName} recorded";
        return Redirect($"/front-door/contacts/{id}");
    }

    private async Task<IActionResult?> LoadCheckAsync(Guid id, Guid checkId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Contact.Checks.SingleOrDefault(c => c.Id == checkId) is not { } check)
        {
            return NotFound();
        }

        Check = check;
        return null;
    }
}
