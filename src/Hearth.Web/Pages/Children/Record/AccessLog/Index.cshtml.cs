using Hearth.Data;
using Hearth.Domain.Access;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.AccessLog;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.AccessLog;

/// <summary>A person who appears in a child's access log.</summary>
public sealed record LoggedPerson(Guid Id, string Name);

[ShowsAccessLog]
public sealed class IndexModel(HearthDbContext db, ChildRecord record, ChildAccess access) : PageModel
{
    public ChildRecord Record => record;

    [BindProperty(SupportsGet = true)]
    public Guid? Person { get; set; }

    [BindProperty(SupportsGet = true), DateInput]
    [System.ComponentModel.DataAnnotations.Display(Name = "Date from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true), DateInput]
    [System.ComponentModel.DataAnnotations.Display(Name = "Date to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = AccessLogFilter.PageParameter)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<LoggedPerson> People { get; private set; } = [];

    public IReadOnlyList<AccessLogRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public AccessLogPages Pages { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid childId)
    {
        var viewers = await db.RecordViews.AsNoTracking().Where(v => v.ChildId == childId)
            .Select(v => new { v.UserId, v.UserName }).Distinct().ToListAsync();
        People = viewers.GroupBy(v => v.UserId).Select(g => new LoggedPerson(g.Key, g.First().UserName)).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();

        var period = AccessLogFilter.Period(ModelState, From, To, access.Today, nameof(From));
        Pages = new AccessLogPages(1, 1, page => AccessLogFilter.PageHref(Request, page));
        if (period is not { } days)
        {
            return Page();
        }

        (From, To) = days;
        var (start, end) = AccessLogFilter.Instants(days.From, days.To);
        var views = db.RecordViews.AsNoTracking().Where(v => v.ChildId == childId && v.OccurredAt >= start && v.OccurredAt < end);
        if (Person is { } person)
        {
            views = views.Where(v => v.UserId == person);
        }

        Total = await views.CountAsync();
        var pageCount = AccessLogFilter.PageCount(Total);
        PageNumber = Math.Clamp(PageNumber, 1, pageCount);
        Pages = Pages with { Current = PageNumber, Count = pageCount };
        var page = await views.OrderByDescending(v => v.OccurredAt).ThenByDescending(v => v.Id)
            .Skip((PageNumber - 1) * AccessLogFilter.PageSize).Take(AccessLogFilter.PageSize)
            .ToListAsync();
        Rows = page.Select(v => new AccessLogRow(v.OccurredAt, v.UserName, v.ChildId, null, null, false, v.Page, v.Allowed)).ToList();
        return Page();
    }
}
