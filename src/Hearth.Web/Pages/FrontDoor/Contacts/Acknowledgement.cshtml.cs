using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor.Contacts;

public sealed class AcknowledgementModel(HearthDbContext db, ChildAccess access, TimeProvider clock, Timescales timescales) : ContactPageModel(db, access, clock, timescales)
{
    [BindProperty, Display(Name = "How the referrer was told")]
    public AcknowledgementMethod? Method { get; set; }

    [BindProperty, DateInput, Display(Name = "Date the referrer was told")]
    public DateOnly? AcknowledgedDate { get; set; }

    [BindProperty, Display(Name = "Time the referrer was told")]
    public string? AcknowledgedTime { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        (AcknowledgedDate, AcknowledgedTime) = LocalNow();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Method is null)
        {
            ModelState.AddModelError(nameof(Method), "Select how the referrer was told");
        }

        var acknowledgedAt = ReadInstant(AcknowledgedDate, nameof(AcknowledgedDate), AcknowledgedTime, nameof(AcknowledgedTime), "the referrer was told");
        if (Method is not { } method || acknowledgedAt is not { } at || !ModelState.IsValid)
        {
            return Page();
        }

        var rule = Contact.CanAcknowledge(at, method, Now);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.Contains("told must", StringComparison.Ordinal) ? nameof(AcknowledgedDate)
                : rule.Message.StartsWith("Select", StringComparison.Ordinal) ? nameof(Method)
                : string.Empty;
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        if (!await TrySaveAsync(() => Contact.Acknowledge(at, method, Change("Receipt acknowledged to the referrer")), string.Empty, cancellationToken))
        {
            return Page();
        }

        TempData["Notification"] = "Acknowledgement to the referrer recorded";
        return Redirect($"/front-door/contacts/{id}");
    }
}
