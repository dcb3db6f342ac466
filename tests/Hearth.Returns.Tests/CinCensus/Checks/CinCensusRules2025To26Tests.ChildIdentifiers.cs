using static Hearth.Returns.Tests.CinCensus.Checks.CinTestData;

namespace Hearth.Returns.Tests.CinCensus.Checks;

public partial class CinCensusRules2025To26Tests
{
    [Fact]
    public void Rule1510_UpnWithWrongCheckLetter_FoundUntilCorrected()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { Upn = "C886210000001" });
        var fixedChild = broken.WithIdentifiers(i => i with { Upn = "B886210000001" });

        ShouldFind(_rules.Rule1510(broken), "1510", "UPN");
        _rules.Rule1510(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule1530_UpnWithUnknownLaCode_FoundUntilCorrected()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { Upn = "B999210000001" });
        var fixedChild = broken.WithIdentifiers(i => i with { Upn = "B886210000001" });

        ShouldFind(_rules.Rule1530(broken), "1530", "UPN");
        _rules.Rule1530(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule1540_UpnWithLetterInCharacters5To12_FoundUntilCorrected()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { Upn = "B8862100A0001" });
        var fixedChild = broken.WithIdentifiers(i => i with { Upn = "B886210000001" });

        ShouldFind(_rules.Rule1540(broken), "1540", "UPN");
        _rules.Rule1540(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule1550_UpnEndingInTheLetterI_FoundUntilCorrected()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { Upn = "B88621000000I" });
        var fixedChild = broken.WithIdentifiers(i => i with { Upn = "B88621000000A" });

        ShouldFind(_rules.Rule1550(broken), "1550", "UPN");
        _rules.Rule1550(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule1560Q_FormerUpnTooShort_FoundUntilCorrected()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { FormerUpn = "X98721238" });
        var fixedChild = broken.WithIdentifiers(i => i with { FormerUpn = "Q886210000002" });

        ShouldFind(_rules.Rule1560Q(broken), "1560Q", "FormerUPN");
        _rules.Rule1560Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule1570_ChildId21Characters_FoundButNotAt20()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { LAChildId = new string('A', 21) });
        var fixedChild = broken.WithIdentifiers(i => i with { LAChildId = new string('A', 20) });

        ShouldFind(_rules.Rule1570(broken), "1570", "LAchildID", laChildId: new string('A', 21));
        _rules.Rule1570(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule1580_ChildIdWithHyphen_FoundUntilOnlyLettersAndNumbers()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { LAChildId = "C-1" });
        var fixedChild = broken.WithIdentifiers(i => i with { LAChildId = "C1" });

        ShouldFind(_rules.Rule1580(broken), "1580", "LAchildID", laChildId: "C-1");
        _rules.Rule1580(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4180_SexMissingOrOldGenderCode_FoundUntilMFOrU()
    {
        var missing = ChildOnProtectionPlan().WithIdentifiers(i => i with { Sex = null });
        var oldCode = ChildOnProtectionPlan().WithIdentifiers(i => i with { Sex = "1" });
        var fixedChild = ChildOnProtectionPlan().WithIdentifiers(i => i with { Sex = "U" });

        ShouldFind(_rules.Rule4180(missing), "4180", "Sex");
        ShouldFind(_rules.Rule4180(oldCode), "4180", "Sex");
        _rules.Rule4180(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4220_EthnicityNotOnTheList_FoundUntilACensusCode()
    {
        var broken = ChildOnProtectionPlan().WithCharacteristics(c => c with { Ethnicity = "WHITE" });
        var missing = ChildOnProtectionPlan().WithCharacteristics(c => c with { Ethnicity = null });
        var fixedChild = broken.WithCharacteristics(c => c with { Ethnicity = "NOBT" });

        ShouldFind(_rules.Rule4220(broken), "4220", "Ethnicity");
        ShouldFind(_rules.Rule4220(missing), "4220", "Ethnicity");
        _rules.Rule4220(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8500_NoChildId_FoundUntilGiven()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { LAChildId = null });
        var fixedChild = broken.WithIdentifiers(i => i with { LAChildId = "C1" });

        ShouldFind(_rules.Rule8500(broken), "8500", "LAchildID", laChildId: string.Empty);
        _rules.Rule8500(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8520_BornAfterTheReferenceDate_FoundButNotOnIt()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { PersonBirthDate = new DateOnly(2026, 4, 1) });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonBirthDate = new DateOnly(2026, 3, 31) });

        ShouldFind(_rules.Rule8520(broken), "8520", "PersonBirthDate");
        _rules.Rule8520(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8525Q_NeitherOrBothBirthDates_FoundUntilExactlyOne()
    {
        var neither = ChildOnProtectionPlan().WithIdentifiers(i => i with { PersonBirthDate = null });
        var both = ChildOnProtectionPlan().WithIdentifiers(i => i with { ExpectedPersonBirthDate = new DateOnly(2016, 3, 20) });

        ShouldFind(_rules.Rule8525Q(neither), "8525Q", "ExpectedPersonBirthDate");
        ShouldFind(_rules.Rule8525Q(both), "8525Q", "ExpectedPersonBirthDate");
        _rules.Rule8525Q(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8530Q_ExpectedBirthOutsideMarchToDecember_FoundUntilInRange()
    {
        var tooLate = Unborn(new DateOnly(2027, 1, 1));
        var tooEarly = Unborn(new DateOnly(2026, 2, 28));

        ShouldFind(_rules.Rule8530Q(tooLate), "8530Q", "ExpectedPersonBirthDate");
        ShouldFind(_rules.Rule8530Q(tooEarly), "8530Q", "ExpectedPersonBirthDate");
        _rules.Rule8530Q(Unborn(new DateOnly(2026, 12, 31))).ShouldBeEmpty();
        _rules.Rule8530Q(Unborn(new DateOnly(2026, 3, 1))).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8535Q_DiedBeforeBorn_FoundUntilCorrected()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { PersonDeathDate = new DateOnly(2016, 3, 13) });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonDeathDate = new DateOnly(2026, 1, 5) });

        ShouldFind(_rules.Rule8535Q(broken), "8535Q", "PersonDeathDate");
        _rules.Rule8535Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8540_NoOrUnknownDisabilityForAChildInNeed_FoundUntilRecorded()
    {
        var none = ChildOnProtectionPlan().WithCharacteristics(c => c with { Disabilities = [] });
        var unknown = ChildOnProtectionPlan().WithCharacteristics(c => c with { Disabilities = ["DEAF"] });

        ShouldFind(_rules.Rule8540(none), "8540", "Disability");
        ShouldFind(_rules.Rule8540(unknown), "8540", "Disability");
        _rules.Rule8540(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8545Q_DiedBeforeTheCensusYear_FoundButNotOnItsFirstDay()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { PersonDeathDate = new DateOnly(2025, 3, 31) });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonDeathDate = new DateOnly(2025, 4, 1) });

        ShouldFind(_rules.Rule8545Q(broken), "8545Q", "PersonDeathDate");
        _rules.Rule8545Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8590_NoEpisode_FoundUntilOneIsRecorded()
    {
        var broken = ChildOnProtectionPlan().WithEpisodes();

        ShouldFind(_rules.Rule8590(broken), "8590", "CINdetails");
        _rules.Rule8590(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8750_UnbornChildRecordedAsFemale_FoundUntilSexIsU()
    {
        var broken = Unborn(new DateOnly(2026, 5, 1)).WithIdentifiers(i => i with { Sex = "F" });
        var fixedChild = broken.WithIdentifiers(i => i with { Sex = "U" });

        ShouldFind(_rules.Rule8750(broken), "8750", "Sex");
        _rules.Rule8750(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8770Q_SchoolAgeChildWithNoUpnOrWithUn1_FoundUntilAReasonThatFits()
    {
        var noReason = ChildOnProtectionPlan().WithIdentifiers(i => i with { Upn = null });
        var notSchoolAge = noReason.WithIdentifiers(i => i with { UpnUnknown = "UN1" });
        var fixedChild = noReason.WithIdentifiers(i => i with { UpnUnknown = "UN2" });

        ShouldFind(_rules.Rule8770Q(noReason), "8770Q", "UPNunknown");
        ShouldFind(_rules.Rule8770Q(notSchoolAge), "8770Q", "UPNunknown");
        _rules.Rule8770Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8772_Un7ForAReferralThatLedToAction_FoundUntilAnotherReason()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { Upn = null, UpnUnknown = "UN7" });
        var fixedChild = broken.WithIdentifiers(i => i with { UpnUnknown = "UN2" });

        ShouldFind(_rules.Rule8772(broken), "8772", "UPNunknown");
        _rules.Rule8772(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8775Q_OpenEpisodeForSomeoneOver25_FoundUntilTheBirthDateIsCorrected()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { PersonBirthDate = new DateOnly(2000, 1, 1) });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonBirthDate = new DateOnly(2010, 1, 1) });

        ShouldFind(_rules.Rule8775Q(broken), "8775Q", "PersonBirthDate");
        _rules.Rule8775Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8790_NoneWithADisability_FoundUntilNoneIsRemoved()
    {
        var broken = ChildOnProtectionPlan().WithCharacteristics(c => c with { Disabilities = ["NONE", "MOB"] });
        var fixedChild = broken.WithCharacteristics(c => c with { Disabilities = ["MOB"] });

        ShouldFind(_rules.Rule8790(broken), "8790", "Disability");
        _rules.Rule8790(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8794_SameDisabilityTwice_FoundUntilRecordedOnce()
    {
        var broken = ChildOnProtectionPlan().WithCharacteristics(c => c with { Disabilities = ["MOB", "MOB"] });
        var fixedChild = broken.WithCharacteristics(c => c with { Disabilities = ["MOB", "HAND"] });

        ShouldFind(_rules.Rule8794(broken), "8794", "Disability");
        _rules.Rule8794(fixedChild).ShouldBeEmpty();
    }

    private static Hearth.Returns.CinCensus.CinChild Unborn(DateOnly expected) =>
        ChildOnProtectionPlan().WithIdentifiers(i => i with { PersonBirthDate = null, ExpectedPersonBirthDate = expected, Sex = "U", Upn = null, UpnUnknown = "UN1" });
}
