using Hearth.Returns.CinCensus;

namespace Hearth.Returns.Tests.CinCensus.Checks;

/// <summary>
/// Children that pass every 2025-26 rule, and small edits to break one thing at a time. The first is on a child
/// protection plan after a section 47 enquiry; the second had a CIN plan and the case has closed.
/// </summary>
internal static class CinTestData
{
    public static readonly DateOnly Referral = new(2025, 6, 2);
    public static readonly DateOnly Conference = new(2025, 6, 20);

    public static CinChild ChildOnProtectionPlan() => new()
    {
        Identifiers = new CinChildIdentifiers
        {
            LAChildId = "C1",
            Upn = "B886210000001",
            PersonBirthDate = new DateOnly(2016, 3, 14),
            Sex = "F",
        },
        Characteristics = new CinChildCharacteristics { Ethnicity = "WBRI", Disabilities = ["NONE"] },
        CinDetails =
        [
            new CinDetails
            {
                CinReferralDate = Referral,
                ReferralSource = "2A",
                PrimaryNeedCode = "N1",
                Assessments =
                [
                    new CinAssessment { ActualStartDate = new DateOnly(2025, 6, 3), AuthorisationDate = new DateOnly(2025, 7, 21), Factors = ["3A", "4B"] },
                ],
                Section47s =
                [
                    new CinSection47
                    {
                        ActualStartDate = new DateOnly(2025, 6, 4),
                        InitialCpcTarget = new DateOnly(2025, 6, 25),
                        DateOfInitialCpc = Conference,
                        IcpcNotRequired = "0",
                    },
                ],
                ReferralNfa = "0",
                ChildProtectionPlans =
                [
                    new CinChildProtectionPlan
                    {
                        StartDate = Conference,
                        InitialCategoryOfAbuse = "NEG",
                        LatestCategoryOfAbuse = "NEG",
                        NumberOfPreviousCpp = 0,
                        ReviewDates = [new DateOnly(2025, 9, 15), new DateOnly(2026, 3, 10)],
                    },
                ],
            },
        ],
    };

    public static CinChild ChildWithClosedCinPlan() => new()
    {
        Identifiers = new CinChildIdentifiers
        {
            LAChildId = "C1",
            Upn = "Q886210000002",
            PersonBirthDate = new DateOnly(2012, 11, 30),
            Sex = "M",
        },
        Characteristics = new CinChildCharacteristics { Ethnicity = "AIND", Disabilities = ["NONE"] },
        CinDetails =
        [
            new CinDetails
            {
                CinReferralDate = new DateOnly(2025, 4, 10),
                ReferralSource = "6",
                PrimaryNeedCode = "N4",
                CinClosureDate = new DateOnly(2025, 12, 1),
                ReasonForClosure = "RC7",
                Assessments =
                [
                    new CinAssessment { ActualStartDate = new DateOnly(2025, 4, 11), AuthorisationDate = new DateOnly(2025, 5, 20), Factors = ["4A"] },
                ],
                CinPlanDates = [new CinPlanDates { StartDate = new DateOnly(2025, 5, 21), EndDate = new DateOnly(2025, 12, 1) }],
                ReferralNfa = "0",
            },
        ],
    };

    /// <summary>A referral that led to no further action: no assessment, nothing after it.</summary>
    public static CinDetails NoFurtherAction(DateOnly referred) => new()
    {
        CinReferralDate = referred,
        ReferralSource = "1A",
        CinClosureDate = referred,
        ReasonForClosure = "RC7",
        ReferralNfa = "1",
    };

    public static CinChild WithIdentifiers(this CinChild child, Func<CinChildIdentifiers, CinChildIdentifiers> edit) =>
        child with { Identifiers = edit(child.Identifiers) };

    public static CinChild WithCharacteristics(this CinChild child, Func<CinChildCharacteristics, CinChildCharacteristics> edit) =>
        child with { Characteristics = edit(child.Characteristics) };

    public static CinChild WithEpisode(this CinChild child, Func<CinDetails, CinDetails> edit) =>
        child with { CinDetails = [edit(child.CinDetails[0]), .. child.CinDetails.Skip(1)] };

    public static CinChild WithEpisodes(this CinChild child, params CinDetails[] episodes) =>
        child with { CinDetails = episodes };

    public static CinChild WithAssessment(this CinChild child, Func<CinAssessment, CinAssessment> edit) =>
        child.WithEpisode(d => d with { Assessments = [edit(d.Assessments[0]), .. d.Assessments.Skip(1)] });

    public static CinChild WithSection47(this CinChild child, Func<CinSection47, CinSection47> edit) =>
        child.WithEpisode(d => d with { Section47s = [edit(d.Section47s[0]), .. d.Section47s.Skip(1)] });

    public static CinChild WithProtectionPlan(this CinChild child, Func<CinChildProtectionPlan, CinChildProtectionPlan> edit) =>
        child.WithEpisode(d => d with { ChildProtectionPlans = [edit(d.ChildProtectionPlans[0]), .. d.ChildProtectionPlans.Skip(1)] });

    public static CinChild WithCinPlan(this CinChild child, Func<CinPlanDates, CinPlanDates> edit) =>
        child.WithEpisode(d => d with { CinPlanDates = [edit(d.CinPlanDates[0]), .. d.CinPlanDates.Skip(1)] });
}
