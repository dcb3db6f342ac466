using System.Diagnostics.CodeAnalysis;
using Hearth.Domain.Children;

namespace Hearth.Domain.Assessments;

/// <summary>
/// A factor identified at the end of a child and family assessment, as the CIN census codes it
/// (<c>assessmentfactorstype</c>, 2025-26). The list is the census list in its order; AssessmentFactorTests checks it against
/// ../shared/specs/cin/cin_census_codes_2025_26.csv.
/// </summary>
public sealed record AssessmentFactor : ICodedValue
{
    private AssessmentFactor(string code, string description)
    {
        Code = code;
        Description = description;
        Number = code.TrimEnd('A', 'B', 'C', 'D', 'E', 'F');
        Heading = description.Split([":", " - "], 2, StringSplitOptions.None)[0].Trim();
    }

    /// <summary>Every factor, in the census order.</summary>
    public static IReadOnlyList<AssessmentFactor> All { get; } =
    [
        new("1A", "Alcohol misuse: concerns about alcohol misuse by the child"),
        new("1B", "Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)"),
        new("1C", "Alcohol misuse: concerns about alcohol misuse by another person living in the household"),
        new("2A", "Drug misuse: concerns about drug misuse by the child"),
        new("2B", "Drug misuse: concerns about drug misuse by the parent(s)/carer(s)"),
        new("2C", "Drug misuse: concerns about drug misuse by another person living in the household"),
        new("3A", "Domestic violence: concerns about the child being the subject of domestic violence"),
        new("3B", "Domestic violence: concerns about the child’s parent(s)/carer(s) being the subject of domestic violence"),
        new("3C", "Domestic violence: concerns about another person living in the household being the subject of domestic violence"),
        new("4A", "Mental health: concerns about the mental health of the child"),
        new("4B", "Mental health: concerns about the mental health of the parent(s)/carer(s)"),
        new("4C", "Mental health: concerns about the mental health of another person in the family/household"),
        new("5A", "Learning disability: concerns about the child’s learning disability"),
        new("5B", "Learning disability: concerns about the parent(s)/carer(s) learning disability"),
        new("5C", "Learning disability: concerns about another person in the family/household’s learning disability"),
        new("6A", "Physical disability or illness: concerns about a physical disability or illness of the child"),
        new("6B", "Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s)"),
        new("6C", "Physical disability or illness: concerns about a physical disability or illness of another person in the family/household"),
        new("7A", "Young carer: concerns that services may be required or the child’s health or development may be impaired due to their caring responsibilities"),
        new("8B", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return"),
        new("8C", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay"),
        new("8D", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements"),
        new("8E", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements"),
        new("8F", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other"),
        new("9A", "UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child"),
        new("10A", "Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing"),
        new("11A", "Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation"),
        new("12A", "Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking"),
        new("13A", "Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs"),
        new("14A", "Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour"),
        new("15A", "Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm"),
        new("16A", "Abuse or neglect – ‘NEGLECT’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect"),
        new("17A", "Abuse or neglect – ‘EMOTIONAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect"),
        new("18A", "Abuse or neglect – ‘PHYSICAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect."),
        new("18B", "Abuse or neglect – ‘PHYSICAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child"),
        new("18C", "Abuse or neglect – ‘PHYSICAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult"),
        new("19A", "Abuse or neglect – ‘SEXUAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect."),
        new("19B", "Abuse or neglect – ‘SEXUAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child"),
        new("19C", "Abuse or neglect – ‘SEXUAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult"),
        new("20", "Other"),
        new("21", "No factors identified - only use this if there is no evidence of any of the factors above and no further action is being taken"),
        new("22A", "Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation"),
        new("23A", "Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief"),
        new("24A", "Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation"),
    ];

    /// <summary>Code 21: the census allows it only when there is no evidence of any other factor.</summary>
    public static AssessmentFactor NoFactorsIdentified { get; } = All.Single(f => f.Code == "21");

    public string Code { get; }

    public string Description { get; }

    /// <summary>The census number the factor shares with its variants: "18" for 18A, 18B and 18C.</summary>
    public string Number { get; }

    /// <summary>
    /// What the factors of one census number are about, the words before the colon of the first of them ("Alcohol misuse",
    /// "Abuse or neglect – ‘PHYSICAL ABUSE’"), to group the list for the worker.
    /// </summary>
    public string Group => All.First(f => f.Number == Number).Heading;

    public static bool TryCreate(string? code, [NotNullWhen(true)] out AssessmentFactor? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "an assessment factor", out value, out error);

    public static AssessmentFactor Create(string code) => CodeList.Find(All, code, "an assessment factor");

    private string Heading { get; }

    public override string ToString() => $"{Code} {Description}";
}
