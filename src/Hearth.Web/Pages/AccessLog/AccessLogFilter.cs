using System.Globalization;
using Hearth.Domain.Calendar;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;

namespace Hearth.Web.Pages.AccessLog;

/// <summary>One line of an access log: one view of a child's record, or one refused attempt.</summary>
public sealed record AccessLogRow(
    DateTimeOffset OccurredAt,
    string UserName,
    Guid ChildId,
    string? LaChildId,
    string? ChildName,
    bool ChildLinked,
    string Page,
    bool Allowed);

/// <summary>What both access logs share: the period in Europe/London days, paging, and how entries read.</summary>
public static class AccessLogFilter
{
    public const int PageSize = 50;

    public const int DefaultDays = 7;

    /// <summary>The query parameter for the page number; "page" is taken by Razor Pages' own route value.</summary>
    public const string PageParameter = "pageNumber";

    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    private static readonly Dictionary<string, string> PageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = "Details",
        ["family"] = "Family and network",
        ["warnings"] = "Warnings",
        ["allocation"] = "Allocation",
        ["history"] = "Record history",
        ["access-log"] = "Access log",
    };

    /// <summary>Checks the dates the user gave; without them, the last <see cref="DefaultDays"/> days up to today.</summary>
    public static (DateOnly From, DateOnly To)? Period(ModelStateDictionary modelState, DateOnly? from, DateOnly? to, DateOnly today, string fromKey)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (!modelState.IsValid)
        {
            return null;
        }

        var end = to ?? today;
        var start = from ?? end.AddDays(1 - DefaultDays);
        if (start > end)
        {
            modelState.AddModelError(fromKey, "Date from must be the same as or before date to");
            return null;
        }

        return (start, end);
    }

    /// <summary>The instants from the start of the first day to the start of the day after the last, in Europe/London.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Instants(DateOnly from, DateOnly to) =>
        (StartOfDay(from), StartOfDay(to.AddDays(1)));

    public static string When(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, WorkingCalendar.London);
        return $"{local.ToString("d MMMM yyyy", EnglishUk)}, {local.ToString("h:mm", EnglishUk)}{(local.Hour < 12 ? "am" : "pm")}";
    }

    /// <summary>The page of the child's record that was looked at, in words ("Warnings", "Allocation: allocate").</summary>
    public static string PageName(string path, Guid childId)
    {
        ArgumentNullException.ThrowIfNull(path);
        var prefix = $"/children/{childId}";
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return path;
        }

        var segments = path[prefix.Length..].Trim('/').Split('/', 2);
        var name = PageNames.TryGetValue(segments[0], out var known) ? known : segments[0];
        return segments.Length == 1 ? name : $"{name}: {segments[1]}";
    }

    public static int PageCount(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>The current URL with another page number, keeping the filters.</summary>
    public static string PageHref(HttpRequest request, int page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query
            .Where(q => !string.Equals(q.Key, PageParameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(PageParameter, page.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(request.Path.Value ?? "/", query);
    }

    private static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, WorkingCalendar.London.GetUtcOffset(local)).ToUniversalTime();
    }
}

/// <summary>Where a paginated list is and how to reach its other pages.</summary>
public sealed record AccessLogPages(int Current, int Count, Func<int, string> Href);
