using System.Globalization;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.FrontDoor.Contacts;

/// <summary>
/// What the pages of one contact share: loading it, refusing those who may not see it or act on it, and its clock.
/// </summary>
public abstract class ContactPageModel(HearthDbContext db, ChildAccess access, TimeProvider clock, Timescales timescales) : PageModel
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "HHmm"];

    public Contact Contact { get; private set; } = null!;

    public IReadOnlyList<ContactChildView> Children { get; private set; } = [];

    public TimescaleEvaluation Clock { get; private set; } = null!;

    public TimeSpan Waited { get; private set; }

    /// <summary>The acknowledgement clock; null for an anonymous contact.</summary>
    public TimescaleEvaluation? AcknowledgementClock { get; private set; }

    public bool CanAct { get; private set; }

    protected HearthDbContext Db => db;

    protected DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Loads the contact; returns a result to send instead when it is missing or refused.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, bool acting, CancellationToken cancellationToken)
    {
        var user = User.AccessUser()!;
        var allowed = acting ? FrontDoorAccess.CanAct(user) : FrontDoorAccess.CanView(user);
        if (!allowed.IsAllowed)
        {
            return Refusal.View(MetadataProvider, ModelState, acting ? "You cannot act on this contact" : "You cannot see this contact", allowed.Refusal!);
        }

        var contact = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        var children = await FrontDoorAccess.ChildrenAsync(db, access, user, [contact], cancellationToken);
        var refused = contact.Children.Any(c => !children.TryGetValue(c.ChildId, out var child) || !child.CanView);

        // A contact is part of each child's record: looking at it, or being refused, is logged for every child it concerns.
        if (refused || HttpMethods.IsGet(Request.Method))
        {
            foreach (var concerned in contact.Children)
            {
                db.RecordViews.Add(new RecordView(concerned.ChildId, user.AccountId, User.DisplayName(), Request.Path.Value ?? "/", Now, allowed: !refused));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (refused)
        {
            return Refusal.View(MetadataProvider, ModelState, "You cannot see this contact", "It concerns a child whose record you cannot see.");
        }

        Contact = contact;
        Children = contact.Children.Select(c => children[c.ChildId]).ToList();
        CanAct = FrontDoorAccess.CanAct(user).IsAllowed;
        Refresh();
        return null;
    }

    protected void Refresh()
    {
        Clock = Contact.DecisionClock(timescales, Now);
        AcknowledgementClock = Contact.AcknowledgementClock(timescales, Now);
        Waited = Contact.TimeWaited(Now);
    }

    /// <summary>
    /// Makes the change and saves it; on a broken rule, or when someone else changed the contact first, puts the
    /// message against the field and returns false.
    /// </summary>
    protected async Task<bool> TrySaveAsync(Action change, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            change();
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(field, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            var now = await db.Set<Contact>().AsNoTracking().Where(c => c.Id == Contact.Id).Select(c => c.Status).SingleAsync(cancellationToken);
            ModelState.AddModelError(field, $"Someone else changed this contact while you were working on it. It is now: {now.DisplayName}. Check it, then try again.");
        }

        return false;
    }

    /// <summary>
    /// Reads a date and a 24-hour time typed in London time as a UTC instant; puts what is wrong against the fields
    /// and returns null when either is missing or not real.
    /// </summary>
    protected DateTimeOffset? ReadInstant(DateOnly? date, string dateField, string? time, string timeField, string what)
    {
        if (date is null && !(ModelState.TryGetValue(dateField, out var entry) && entry.Errors.Count > 0))
        {
            ModelState.AddModelError(dateField, $"Enter the date {what}");
        }

        if (string.IsNullOrWhiteSpace(time))
        {
            ModelState.AddModelError(timeField, $"Enter the time {what}");
            return null;
        }

        if (!TimeOnly.TryParseExact(time.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            ModelState.AddModelError(timeField, "Time must be a real time, like 14:30");
            return null;
        }

        if (date is not { } day)
        {
            return null;
        }

        var local = day.ToDateTime(parsed, DateTimeKind.Unspecified);
        if (WorkingCalendar.London.IsInvalidTime(local))
        {
            ModelState.AddModelError(timeField, "Time must be a real time in the UK on that date: the clocks went forward");
            return null;
        }

        return new DateTimeOffset(local, WorkingCalendar.London.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Today and the time now in London, to fill in a date and time the user can change.</summary>
    protected (DateOnly Date, string Time) LocalNow()
    {
        var local = TimeZoneInfo.ConvertTime(Now, WorkingCalendar.London);
        return (DateOnly.FromDateTime(local.DateTime), local.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    protected ChangeContext Change(string? reason = null) => new(User.AccountId(), User.DisplayName(), Now, reason);
}
