using System.Globalization;

namespace Hearth.Domain.Calendar;

/// <summary>
/// The bank holidays of one part of the United Kingdom over the years they are known for. A date outside
/// those years is refused rather than guessed, because a bank holiday added by proclamation cannot be
/// predicted.
/// </summary>
public sealed class BankHolidays
{
    private const string EnglandAndWalesResource = "Hearth.Domain.Calendar.BankHolidays.EnglandAndWales.csv";

    private static readonly Lazy<BankHolidays> s_englandAndWales = new(LoadEnglandAndWales);

    private readonly Dictionary<DateOnly, BankHoliday> _byDate;

    internal BankHolidays(IEnumerable<BankHoliday> holidays, DateOnly firstDate, DateOnly lastDate, string source)
    {
        if (lastDate < firstDate)
        {
            throw new ArgumentException("The last date covered must not be before the first.", nameof(lastDate));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        FirstDate = firstDate;
        LastDate = lastDate;
        Source = source;
        _byDate = [];
        foreach (var holiday in holidays)
        {
            if (holiday.Date < firstDate || holiday.Date > lastDate)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The bank holiday on {holiday.Date:yyyy-MM-dd} is outside the years covered, {firstDate:yyyy} to {lastDate:yyyy}."));
            }

            if (!_byDate.TryAdd(holiday.Date, holiday))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{holiday.Date:yyyy-MM-dd} is listed as a bank holiday more than once."));
            }
        }

        All = [.. _byDate.Values.OrderBy(h => h.Date)];
    }

    /// <summary>
    /// England and Wales bank holidays from 1 January 2000 to 31 December 2040, including every one-off
    /// and moved day proclaimed in that time, read from the data file shipped with Hearth.
    /// </summary>
    public static BankHolidays EnglandAndWales => s_englandAndWales.Value;

    /// <summary>The first date these bank holidays are known for.</summary>
    public DateOnly FirstDate { get; }

    /// <summary>The last date these bank holidays are known for.</summary>
    public DateOnly LastDate { get; }

    /// <summary>Where the dates come from, as stated in the data file.</summary>
    public string Source { get; }

    /// <summary>Every bank holiday covered, in date order.</summary>
    public IReadOnlyList<BankHoliday> All { get; }

    /// <summary>Whether the date is covered, that is, whether it is known if the date is a bank holiday.</summary>
    public bool Covers(DateOnly date) => date >= FirstDate && date <= LastDate;

    /// <summary>Whether the date is a bank holiday. Throws for a date outside the years covered.</summary>
    public bool IsBankHoliday(DateOnly date) => Find(date) is not null;

    /// <summary>The bank holiday on the date, or null if it is not one. Throws for a date outside the years covered.</summary>
    public BankHoliday? Find(DateOnly date)
    {
        EnsureCovered(date, nameof(date));
        return _byDate.GetValueOrDefault(date);
    }

    /// <summary>The bank holidays in a year, in date order. Throws for a year not wholly covered.</summary>
    public IReadOnlyList<BankHoliday> InYear(int year)
    {
        if (year < FirstDate.Year || year > LastDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Bank holidays are held for {FirstDate.Year} to {LastDate.Year} only.");
        }

        return [.. All.Where(h => h.Date.Year == year)];
    }

    internal void EnsureCovered(DateOnly date, string paramName)
    {
        if (!Covers(date))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                date,
                string.Create(CultureInfo.InvariantCulture, $"Bank holidays are held for {FirstDate:d MMMM yyyy} to {LastDate:d MMMM yyyy} only, so working days cannot be counted on {date:d MMMM yyyy}."));
        }
    }

    internal static BankHolidays Parse(TextReader reader, DateOnly firstDate, DateOnly lastDate)
    {
        var source = new List<string>();
        var holidays = new List<BankHoliday>();
        var headerRead = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                source.Add(line.TrimStart('#').Trim());
                continue;
            }

            if (!headerRead)
            {
                if (line.Trim() != "date,name")
                {
                    throw new InvalidDataException($"Line {lineNumber}: expected the header 'date,name'.");
                }

                headerRead = true;
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0
                || !DateOnly.TryParseExact(line[..comma], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || string.IsNullOrWhiteSpace(line[(comma + 1)..]))
            {
                throw new InvalidDataException($"Line {lineNumber}: expected a date as yyyy-MM-dd, a comma and a name, but found '{line}'.");
            }

            holidays.Add(new BankHoliday(date, line[(comma + 1)..].Trim()));
        }

        if (!headerRead)
        {
            throw new InvalidDataException("The bank holiday data has no 'date,name' header.");
        }

        if (source.Count == 0)
        {
            throw new InvalidDataException("The bank holiday data does not say where its dates come from.");
        }

        return new BankHolidays(holidays, firstDate, lastDate, string.Join(' ', source));
    }

    private static BankHolidays LoadEnglandAndWales()
    {
        using var stream = typeof(BankHolidays).Assembly.GetManifestResourceStream(EnglandAndWalesResource)
            ?? throw new InvalidOperationException($"The embedded resource {EnglandAndWalesResource} is missing from Hearth.Domain.");
        using var reader = new StreamReader(stream);
        return Parse(reader, new DateOnly(2000, 1, 1), new DateOnly(2040, 12, 31));
    }
}
