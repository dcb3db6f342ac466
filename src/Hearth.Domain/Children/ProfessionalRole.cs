using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>The role of a professional or agency involved with a child.</summary>
public sealed record ProfessionalRole : ICodedValue
{
    public static readonly ProfessionalRole GeneralPractitioner = new("GP", "GP");

    public static readonly ProfessionalRole School = new("SCH", "School");

    public static readonly ProfessionalRole HealthVisitor = new("HV", "Health visitor");

    public static readonly ProfessionalRole SchoolNurse = new("SN", "School nurse");

    public static readonly ProfessionalRole PoliceContact = new("POL", "Police contact");

    public static readonly ProfessionalRole Camhs = new("CAMHS", "CAMHS");

    public static readonly ProfessionalRole YouthJustice = new("YJS", "Youth justice");

    public static readonly ProfessionalRole Probation = new("PROB", "Probation");

    public static readonly ProfessionalRole Housing = new("HOUS", "Housing");

    public static readonly ProfessionalRole EarlyYearsSetting = new("EYS", "Early years setting");

    public static readonly ProfessionalRole Other = new("OTH", "Other");

    private ProfessionalRole(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public static IReadOnlyList<ProfessionalRole> All { get; } = [GeneralPractitioner, School, HealthVisitor, SchoolNurse, PoliceContact, Camhs, YouthJustice, Probation, Housing, EarlyYearsSetting, Other];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out ProfessionalRole? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the professional's role", out value, out error);

    public static ProfessionalRole Create(string code) => CodeList.Find(All, code, "the professional's role");

    public override string ToString() => Description;
}
