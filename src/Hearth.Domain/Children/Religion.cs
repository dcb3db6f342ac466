using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>
/// A child's religion or belief. No DfE return collects it, so the list follows the
/// categories of the 2021 Census of England and Wales, with "refused" and "not yet obtained"
/// worded as the DfE ethnicity list words them.
/// </summary>
public sealed record Religion : ICodedValue
{
    public static readonly Religion NoReligion = new("NONE", "No religion");

    public static readonly Religion Christian = new("CHR", "Christian");

    public static readonly Religion Buddhist = new("BUD", "Buddhist");

    public static readonly Religion Hindu = new("HIN", "Hindu");

    public static readonly Religion Jewish = new("JEW", "Jewish");

    public static readonly Religion Muslim = new("MUS", "Muslim");

    public static readonly Religion Sikh = new("SIK", "Sikh");

    public static readonly Religion AnyOtherReligion = new("OTH", "Any other religion");

    public static readonly Religion Refused = new("REFU", "Refused");

    public static readonly Religion NotYetObtained = new("NOBT", "Information not yet obtained");

    private Religion(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public static IReadOnlyList<Religion> All { get; } =
        [NoReligion, Christian, Buddhist, Hindu, Jewish, Muslim, Sikh, AnyOtherReligion, Refused, NotYetObtained];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out Religion? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the child's religion", out value, out error);

    public static Religion Create(string code) => CodeList.Find(All, code, "the child's religion");

    public override string ToString() => Description;
}
