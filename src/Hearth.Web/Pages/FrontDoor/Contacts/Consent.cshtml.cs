using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor.Contacts;

public sealed class ConsentModel(HearthDbContext db, ChildAccess access, TimeProvider clock, Timescales timescales) : ContactPageModel(db, access, clock, timescales)
{
    /// <summary>The answer "sought, no answer yet", beside the consent decisions.</summary>
    public const string Awaited = "Awaited";

    [BindProperty, Display(Name = "Consent")]
    public string? Answer { get; set; }

    [BindProperty, DateInput, Display(Name = "Date consent was sought")]
    public DateOnly? SoughtDate { get; set; }

    [BindProperty, Display(Name = "Time consent was sought")]
    public string? SoughtTime { get; set; }

    [BindProperty, Display(Name = "Who consent was sought from")]
    public string? SoughtFrom { get; set; }

    [BindProperty, Display(Name = "Why")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Contact.ConsentSoughtAt is { } soughtAt)
        {
            var local = TimeZoneInfo.ConvertTime(soughtAt, WorkingCalendar.London);
            SoughtDate = DateOnly.FromDateTime(local.DateTime);
            SoughtTime = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        }
        else
        {
            (SoughtDate, SoughtTime) = LocalNow();
        }

        SoughtFrom = Contact.ConsentSoughtFrom;
        Answer = Contact.Consent?.ToString() ?? (Contact.ConsentSoughtAt is null ? null : Awaited);
        Reason = Contact.ConsentReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        ConsentDecision? decision = null;
        if (Answer != Awaited)
        {
            if (Enum.TryParse<ConsentDecision>(Answer, out var parsed) && Enum.IsDefined(parsed))
            {
                decision = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Answer), "Select whether consent was given, refused or dispensed with, or is awaited");
                return Page();
            }
        }

        // Consent dispensed with need not have been sought: the date and time are read only if given.
        var dispensed = decision == ConsentDecision.DispensedWith;
        DateTimeOffset? soughtAt = null;
        if (!dispensed || !string.IsNullOrWhiteSpace(SoughtTime))
        {
            soughtAt = ReadInstant(SoughtDate, nameof(SoughtDate), SoughtTime, nameof(SoughtTime), "consent was sought");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var rule = Contact.CanRecordConsent(soughtAt, SoughtFrom, decision, Reason, Now);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.Contains("sought from", StringComparison.Ordinal) ? nameof(SoughtFrom)
                : rule.Message.Contains("sought", StringComparison.Ordinal) ? nameof(SoughtDate)
                : rule.Message.Contains("why", StringComparison.OrdinalIgnoreCase) || rule.Message.Contains("reason", StringComparison.Ordinal) ? nameof(Reason)
                : nameof(Answer);
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        if (!await TrySaveAsync(() => Contact.RecordConsent(soughtAt, SoughtFrom, decision, Reason, Change("Consent to share information")), string.Empty, cancellationToken))
        {
            return Page();
        }

        TempData["Notification"] = decision is { } answer ? $"Consent recorded: {answer.DisplayName.ToLowerInvariant()}" : "Consent recorded as sought";
        return Redirect($"/front-door/contacts/{id}");
    }
}
