using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Hearth.Data;
using Hearth.Data.FrontDoor;
using Hearth.Domain;
using Hearth.Domain.Access;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Pages.FrontDoor.Contacts;

public sealed class NewModel(HearthDbContext db, ChildAccess access, TimeProvider clock, IOptions<FrontDoorOptions> options) : PageModel
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "HHmm"];

    [BindProperty, DateInput, Display(Name = "Date received")]
    [Required(ErrorMessage = "Enter the date the contact was received")]
    public DateOnly? ReceivedDate { get; set; }

    [BindProperty, Display(Name = "Time received")]
    public string? ReceivedTime { get; set; }

    [BindProperty, Display(Name = "Source")]
    public string? SourceCode { get; set; }

    [BindProperty, Display(Name = "Referrer's name")]
    public string? ReferrerName { get; set; }

    [BindProperty, Display(Name = "Referrer's agency")]
    public string? ReferrerAgency { get; set; }

    [BindProperty, Display(Name = "Presenting concerns")]
    public string? Concerns { get; set; }

    [BindProperty, Display(Name = "Children")]
    public string? ChildIds { get; set; }

    [BindProperty, Display(Name = "Police domestic abuse notification")]
    public string? DomesticAbuse { get; set; }

    public IActionResult OnGet()
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
        ReceivedDate ??= today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        var user = User.AccessUser()!;
        var now = clock.GetUtcNow();
        var receivedAt = ReceivedAt();
        ReferralSource? source = null;
        if (!ReferralSource.TryCreate(SourceCode, out source, out var sourceError))
        {
            ModelState.AddModelError(nameof(SourceCode), sourceError);
        }

        if (string.IsNullOrWhiteSpace(Concerns))
        {
            ModelState.AddModelError(nameof(Concerns), "Enter the presenting concerns");
        }

        if (DomesticAbuse is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(DomesticAbuse), "Select yes if this is a police domestic abuse notification");
        }

        var children = await ChildrenAsync(user, cancellationToken);
        if (!ModelState.IsValid || receivedAt is null || source is null || children is null)
        {
            return Page();
        }

        var details = new ContactDetails(receivedAt.Value, source, ReferrerName, ReferrerAgency, Concerns!, children, DomesticAbuse == "yes");
        var rule = Contact.CanRecord(details, now);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(FieldFor(rule.Message!), rule.Message!);
            return Page();
        }

        var linkable = await db.LinkableForAsync(children, details.ReceivedAt, options.Value, cancellationToken);
        var contact = Contact.Record(details, linkable, options.Value, new ChangeContext(User.AccountId(), User.DisplayName(), now, "Contact received at the front door"));
        db.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notification"] = contact.IsLinked
            ? "Contact recorded and linked to an earlier undecided contact: its clock runs from the first receipt"
            : "Contact recorded";
        return Redirect($"/front-door/contacts/{contact.Id}");
    }

    private ViewResult? Refused()
    {
        var allowed = FrontDoorAccess.CanAct(User.AccessUser()!);
        return allowed.IsAllowed ? null : Refusal.View(MetadataProvider, ModelState, "You cannot record a contact", allowed.Refusal!);
    }

    private DateTimeOffset? ReceivedAt()
    {
        if (string.IsNullOrWhiteSpace(ReceivedTime))
        {
            ModelState.AddModelError(nameof(ReceivedTime), "Enter the time the contact was received");
            return null;
        }

        if (!TimeOnly.TryParseExact(ReceivedTime.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            ModelState.AddModelError(nameof(ReceivedTime), "Time received must be a real time, like 14:30");
            return null;
        }

        if (ReceivedDate is not { } date || !ModelState.IsValid)
        {
            return null;
        }

        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (WorkingCalendar.London.IsInvalidTime(local))
        {
            ModelState.AddModelError(nameof(ReceivedTime), "Time received must be a real time in the UK on that date: the clocks went forward");
            return null;
        }

        return new DateTimeOffset(local, WorkingCalendar.London.GetUtcOffset(local)).ToUniversalTime();
    }

    private async Task<List<Guid>?> ChildrenAsync(AccessUser user, CancellationToken cancellationToken)
    {
        var wanted = (ChildIds ?? string.Empty).Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (wanted.Length == 0)
        {
            ModelState.AddModelError(nameof(ChildIds), "Enter the LA child ID of each child the contact is about");
            return null;
        }

        var ids = new List<LocalAuthorityChildId>();
        foreach (var text in wanted)
        {
            if (!LocalAuthorityChildId.TryCreate(text, out var id, out var error))
            {
                ModelState.AddModelError(nameof(ChildIds), error);
                return null;
            }

            ids.Add(id);
        }

        // IDs are typed in either case; the stored ones are usually upper case.
        var candidates = ids.Concat(ids.Select(id => LocalAuthorityChildId.Create(id.Value.ToUpperInvariant()))).Distinct().ToList();
        var stored = await db.Set<Child>().AsNoTracking().Where(c => candidates.Contains(c.LaChildId))
            .Select(c => new { c.Id, c.LaChildId }).ToListAsync(cancellationToken);
        var matched = ids.Select(id => (Typed: id, Child: stored.FirstOrDefault(s => s.LaChildId == id)
            ?? stored.FirstOrDefault(s => string.Equals(s.LaChildId.Value, id.Value, StringComparison.OrdinalIgnoreCase)))).ToList();
        if (matched.FirstOrDefault(m => m.Child is null).Typed is { } missing)
        {
            ModelState.AddModelError(nameof(ChildIds), $"There is no child with LA child ID {missing.Value}. Add the child first, or check the ID");
            return null;
        }

        var found = matched.Select(m => m.Child!).Distinct().ToList();
        var accessChildren = await access.LoadManyAsync(found.Select(f => f.Id).ToList(), cancellationToken);
        foreach (var child in found)
        {
            var decision = AccessPolicy.CanView(user, accessChildren[child.Id]);
            if (!decision.IsAllowed)
            {
                ModelState.AddModelError(nameof(ChildIds), $"You cannot record a contact about {child.LaChildId.Value}: {decision.Refusal}");
                return null;
            }
        }

        return found.Select(f => f.Id).ToList();
    }

    private string FieldFor(string message) =>
        message.Contains("received", StringComparison.Ordinal) ? nameof(ReceivedDate)
        : message.Contains("referrer", StringComparison.Ordinal) ? nameof(ReferrerName)
        : message.Contains("concerns", StringComparison.Ordinal) ? nameof(Concerns)
        : message.Contains("source", StringComparison.Ordinal) ? nameof(SourceCode)
        : nameof(ChildIds);
}
