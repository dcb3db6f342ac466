using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Hearth.Data;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.History;

public sealed class IndexModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public const int PageSize = 25;

    public ChildRecord Record => record;

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Changed by")]
    public Guid? Who { get; set; }

    [BindProperty(SupportsGet = true)]
    [DateInput]
    [Display(Name = "Date from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [DateInput]
    [Display(Name = "Date to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ChangeAuthor> People { get; private set; } = [];

    public IReadOnlyList<ChangeRecord> Changes { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int TotalPages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public bool IsFiltered => Who is not null || From is not null || To is not null;

    public async Task OnGetAsync(Guid childId)
    {
        var authors = await db.ChangeRecords.AsNoTracking()
            .Where(r => r.ChildId == childId)
            .Select(r => new { r.ActorId, r.ActorName, r.OccurredAt })
            .ToListAsync();
        People = authors
            .GroupBy(a => a.ActorId)
            .Select(g => new ChangeAuthor(g.Key, g.MaxBy(a => a.OccurredAt)!.ActorName))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        if (From is { } from && To is { } to && from > to)
        {
            ModelState.AddModelError(nameof(To), "Date to must be the same as or after date from");
        }

        var query = db.ChangeRecords.AsNoTracking().Where(r => r.ChildId == childId);
        if (Who is { } who)
        {
            query = query.Where(r => r.ActorId == who);
        }

        if (ModelState.ErrorCount == 0)
        {
            if (From is { } start)
            {
                var startUtc = StartOfDay(start);
                query = query.Where(r => r.OccurredAt >= startUtc);
            }

            if (To is { } end)
            {
                var endUtc = StartOfDay(end.AddDays(1));
                query = query.Where(r => r.OccurredAt < endUtc);
            }
        }

        TotalCount = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Changes = await query
            .OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync();
    }

    public string PageHref(int pageNumber)
    {
        var query = new Dictionary<string, string?>();
        if (Who is { } who)
        {
            query["Who"] = who.ToString("D");
        }

        if (ModelState.ErrorCount == 0)
        {
            AddDate(query, nameof(From), From);
            AddDate(query, nameof(To), To);
        }

        query["pageNumber"] = pageNumber.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString($"/children/{Record.ChildId}/history", query);
    }

    private static void AddDate(Dictionary<string, string?> query, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            query[$"{name}.Day"] = value.Day.ToString(CultureInfo.InvariantCulture);
            query[$"{name}.Month"] = value.Month.ToString(CultureInfo.InvariantCulture);
            query[$"{name}.Year"] = value.Year.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static DateTimeOffset StartOfDay(DateOnly date) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), WorkingCalendar.London), TimeSpan.Zero);
}

/// <summary>Someone who has changed the child's record, for the "Changed by" filter.</summary>
public sealed record ChangeAuthor(Guid Id, string Name);
