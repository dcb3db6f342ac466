using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Hearth.Returns.CinCensus;

/// <summary>
/// One year's children in need census: the census year runs from 1 April to the reference date, 31 March, and
/// each year has its own XML schema and its own set of validation rules.
/// </summary>
public sealed record CinCollectionYear
{
    private CinCollectionYear(int endYear, string schemaFile)
    {
        EndYear = endYear;
        SchemaFile = schemaFile;
    }

    /// <summary>The 2024-25 census (reference date 31 March 2025).</summary>
    public static CinCollectionYear Year2024To25 { get; } = new(2025, "CIN_schema_2025.xsd");

    /// <summary>The 2025-26 census (reference date 31 March 2026).</summary>
    public static CinCollectionYear Year2025To26 { get; } = new(2026, "CIN_schema_2026.xsd");

    /// <summary>Every collection year Hearth can read, write and check, oldest first.</summary>
    public static IReadOnlyList<CinCollectionYear> Supported { get; } = [Year2024To25, Year2025To26];

    /// <summary>The calendar year the census year ends in, as the header's <c>Year</c> element gives it.</summary>
    public int EndYear { get; }

    /// <summary>The year as the DfE writes it, for example "2025-26".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{EndYear - 1}-{EndYear % 100:00}");

    /// <summary>The census reference date, 31 March, the last day of the census year.</summary>
    public DateOnly ReferenceDate => new(EndYear, 3, 31);

    /// <summary>The first day of the census year, 1 April of the year before.</summary>
    public DateOnly StartDate => new(EndYear - 1, 4, 1);

    /// <summary>The name of the DfE schema file for this year.</summary>
    public string SchemaFile { get; }

    /// <summary>Whether a date falls within the census year, 1 April to 31 March inclusive.</summary>
    public bool Contains(DateOnly date) => date >= StartDate && date <= ReferenceDate;

    /// <summary>Finds a supported year from its label ("2025-26"); the error says which years are supported.</summary>
    public static bool TryParse(string? label, [NotNullWhen(true)] out CinCollectionYear? year, [NotNullWhen(false)] out string? error)
    {
        var wanted = label?.Trim();
        year = Supported.FirstOrDefault(y => string.Equals(y.Label, wanted, StringComparison.Ordinal));
        if (year is not null)
        {
            error = null;
            return true;
        }

        var supported = string.Join(" or ", Supported.Select(y => y.Label));
        error = string.IsNullOrEmpty(wanted)
            ? $"Give the collection year, {supported}"
            : $"'{wanted}' is not a CIN census collection year Hearth supports: use {supported}";
        return false;
    }

    public override string ToString() => Label;
}
