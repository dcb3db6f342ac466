using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>
/// The CIN census <c>GenderCurrent</c> code used up to 2023-24 (CIN_schema_2024.xsd,
/// <c>gendertype</c>), kept to read older returns and migrated records. New records use <see cref="Sex"/>.
/// </summary>
public sealed record GenderCurrent : ICodedValue
{
    public static readonly GenderCurrent NotRecordedOrUnborn = new("0", "Not recorded or unborn", Sex.Unknown);

    public static readonly GenderCurrent Male = new("1", "Male", Sex.Male);

    public static readonly GenderCurrent Female = new("2", "Female", Sex.Female);

    public static readonly GenderCurrent Indeterminate = new("9", "Indeterminate", Sex.Unknown);

    private GenderCurrent(string code, string description, Sex sex)
    {
        Code = code;
        Description = description;
        Sex = sex;
    }

    public static IReadOnlyList<GenderCurrent> All { get; } = [Male, Female, NotRecordedOrUnborn, Indeterminate];

    public string Code { get; }

    public string Description { get; }

    /// <summary>The 2024-25 sex code this maps to; 0 and 9 both become U (unknown).</summary>
    public Sex Sex { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out GenderCurrent? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the child's gender (GenderCurrent)", out value, out error);

    public static GenderCurrent Create(string code) => CodeList.Find(All, code, "the child's gender (GenderCurrent)");

    public override string ToString() => Description;
}
