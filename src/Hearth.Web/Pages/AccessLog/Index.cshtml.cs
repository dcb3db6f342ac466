using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Access;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.AccessLog;

/// <summary>A user account to filter the access log by.</summary>
public sealed record LogPerson(Guid Id, string Name);

public sealed class IndexModel(HearthDbContext db, ChildAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Person")]
    public Guid? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Child's ID")]
    public string? Child { get; set; }

    [BindProperty(SupportsGet = true), DateInput]
    [Display(Name = "Date from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true), DateInput]
    [Display(Name = "Date to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RefusedOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = AccessLogFilter.PageParameter)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<LogPerson> People { get; private set; } = [];

    public IReadOnlyList<AccessLogRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int RefusedCount { get; private set; }

    public AccessLogPages Pages { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = User.AccessUser()!;
        var allowed = AccessPolicy.CanViewAccessLog(user);
        if (!allowed.IsAllowed)
        {
            return Refusal.View(MetadataProvider, ModelState, "You cannot see the access log", allowed.Refusal!);
        }

        People = await db.Set<UserAccount>().AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new LogPerson(u.Id, u.DisplayName)).ToListAsync();
        Pages = new AccessLogPages(1, 1, page => AccessLogFilter.PageHref(Request, page));

        LocalAuthorityChildId? laChildId = null;
        if (!string.IsNullOrWhiteSpace(Child) && !LocalAuthorityChildId.TryCreate(Child, out laChildId, out var childError))
        {
            ModelState.AddModelError(nameof(Child), childError);
        }

        var period = AccessLogFilter.Period(ModelState, From, To, access.Today, nameof(From));
        if (period is not { } days)
        {
            return Page();
        }

        (From, To) = days;
        var (start, end) = AccessLogFilter.Instants(days.From, days.To);
        var views = db.RecordViews.AsNoTracking().Where(v => v.OccurredAt >= start && v.OccurredAt < end);
        if (Person is { } person)
        {
            views = views.Where(v => v.UserId == person);
        }

        if (laChildId is not null)
        {
            var childIds = await db.Set<Child>().Where(c => c.LaChildId == laChildId).Select(c => c.Id).ToListAsync();
            views = views.Where(v => childIds.Contains(v.ChildId));
        }

        // ADR 0002: team managers, quality assurance officers and senior leaders see the log only for children they can see.
        IReadOnlyDictionary<Guid, AccessChild>? children = null;
        if (user.Role != Role.Administrator)
        {
            var logged = await views.Select(v => v.ChildId).Distinct().ToListAsync();
            children = await access.LoadManyAsync(logged);
            var visible = children.Values.Where(c => AccessPolicy.CanView(user, c).IsAllowed).Select(c => c.ChildId).ToList();
            views = views.Where(v => visible.Contains(v.ChildId));
        }

        RefusedCount = await views.CountAsync(v => !v.Allowed);
        if (RefusedOnly)
        {
            views = views.Where(v => !v.Allowed);
        }

        Total = await views.CountAsync();
        var pageCount = AccessLogFilter.PageCount(Total);
        PageNumber = Math.Clamp(PageNumber, 1, pageCount);
        Pages = Pages with { Current = PageNumber, Count = pageCount };
        var entries = await views.OrderByDescending(v => v.OccurredAt).ThenByDescending(v => v.Id)
            .Skip((PageNumber - 1) * AccessLogFilter.PageSize).Take(AccessLogFilter.PageSize)
            .ToListAsync();
        var onPage = entries.Select(v => v.ChildId).Distinct().ToList();
        var names = await db.Set<Child>().AsNoTracking().Where(c => onPage.Contains(c.Id))
            .Select(c => new { c.Id, c.LaChildId, c.Name.GivenNames, c.Name.FamilyName })
            .ToDictionaryAsync(c => c.Id);
        Rows = entries.Select(v =>
        {
            var child = names.GetValueOrDefault(v.ChildId);
            var linked = children is not null && children.TryGetValue(v.ChildId, out var accessChild) && AccessPolicy.CanView(user, accessChild).IsAllowed;
            return new AccessLogRow(v.OccurredAt, v.UserName, v.ChildId, child?.LaChildId.Value, child is null ? null : $"{child.GivenNames} {child.FamilyName}",
                linked, v.Page, v.Allowed);
        }).ToList();
        return Page();
    }
}
