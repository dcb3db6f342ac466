using Hearth.Returns.CinCensus;
using static Hearth.Returns.Tests.CinCensus.Checks.CinTestData;

namespace Hearth.Returns.Tests.CinCensus.Checks;

public partial class CinCensusRules2025To26Tests
{
    [Fact]
    public void Rule8608_AssessmentAuthorisedBeforeItStarted_FoundButNotOnTheSameDay()
    {
        var authorised = new DateOnly(2025, 7, 21);
        var broken = ChildOnProtectionPlan().WithAssessment(a => a with { ActualStartDate = authorised.AddDays(1) });
        var fixedChild = broken.WithAssessment(a => a with { ActualStartDate = authorised });

        ShouldFind(_rules.Rule8608(broken), "8608", "AssessmentAuthorisationDate");
        _rules.Rule8608(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8614_FactorsOnAnOpenAssessment_FoundUntilTheyAreRemoved()
    {
        var broken = ChildOnProtectionPlan().WithAssessment(a => a with { AuthorisationDate = null });
        var fixedChild = broken.WithAssessment(a => a with { Factors = [] });

        ShouldFind(_rules.Rule8614(broken), "8614", "FactorsIdentifiedAtAssessment");
        _rules.Rule8614(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8670Q_OpenAssessmentStartedMoreThan45WorkingDaysBeforeTheEnd_FoundButNotAt45()
    {
        // 31 March 2026 is a Tuesday with no bank holiday since New Year's Day: 45 working days is 9 weeks, 27 January.
        var broken = OpenAssessment(new DateOnly(2026, 1, 26));
        var fixedChild = OpenAssessment(new DateOnly(2026, 1, 27));

        ShouldFind(_rules.Rule8670Q(broken), "8670Q", "AssessmentAuthorisationDate");
        _rules.Rule8670Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8696_AssessmentAuthorisedBeforeTheYear_FoundButNotOnItsFirstDay()
    {
        var broken = ChildOnProtectionPlan().WithAssessment(a => a with { ActualStartDate = new DateOnly(2025, 3, 1), AuthorisationDate = new DateOnly(2025, 3, 31) });
        var fixedChild = broken.WithAssessment(a => a with { AuthorisationDate = new DateOnly(2025, 4, 1) });

        ShouldFind(_rules.Rule8696(broken), "8696", "AssessmentAuthorisationDate");
        _rules.Rule8696(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8736_OpenAssessmentStartedBeforeTheYear_FoundButNotOnItsFirstDay()
    {
        var broken = OpenAssessment(new DateOnly(2025, 3, 31));
        var fixedChild = OpenAssessment(new DateOnly(2025, 4, 1));

        ShouldFind(_rules.Rule8736(broken), "8736", "AssessmentAuthorisationDate");
        _rules.Rule8736(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8863Q_AssessmentStartingDuringAnother_FoundButNotAfterItIsAuthorised()
    {
        var first = ChildOnProtectionPlan().CinDetails[0].Assessments[0];
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { Assessments = [first, Assessment(new DateOnly(2025, 7, 1))] });
        var fixedChild = ChildOnProtectionPlan().WithEpisode(d => d with { Assessments = [first, Assessment(new DateOnly(2025, 7, 22))] });

        ShouldFind(_rules.Rule8863Q(broken), "8863Q", "AssessmentActualStartDate");
        _rules.Rule8863Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8869_NoFactorsAlongsideAFactor_FoundUntil21StandsAlone()
    {
        var broken = ChildOnProtectionPlan().WithAssessment(a => a with { Factors = ["21", "3A"] });
        var fixedChild = broken.WithAssessment(a => a with { Factors = ["21"] });

        ShouldFind(_rules.Rule8869(broken), "8869", "AssessmentFactors");
        _rules.Rule8869(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8896_TwoOpenAssessments_FoundUntilOneIsAuthorised()
    {
        var open = new CinAssessment { ActualStartDate = new DateOnly(2025, 6, 3) };
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { Assessments = [open, open with { ActualStartDate = new DateOnly(2025, 6, 10) }] });
        var fixedChild = broken.WithAssessment(a => a with { AuthorisationDate = new DateOnly(2025, 6, 9), Factors = ["3A"] });

        ShouldFind(_rules.Rule8896(broken), "8896", "AssessmentAuthorisationDate");
        _rules.Rule8896(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8897Q_CompletedAssessmentWithNoFactors_FoundUntilFactorsAreRecorded()
    {
        var broken = ChildOnProtectionPlan().WithAssessment(a => a with { Factors = [] });
        var fixedChild = broken.WithAssessment(a => a with { Factors = ["21"] });

        ShouldFind(_rules.Rule8897Q(broken), "8897Q", "FactorsIdentifiedAtAssessment");
        _rules.Rule8897Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8898_SameFactorTwice_FoundUntilRecordedOnce()
    {
        var broken = ChildOnProtectionPlan().WithAssessment(a => a with { Factors = ["3A", "3A"] });
        var fixedChild = broken.WithAssessment(a => a with { Factors = ["3A", "4B"] });

        ShouldFind(_rules.Rule8898(broken), "8898", "AssessmentFactors");
        _rules.Rule8898(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8945Q_ReplacedPhysicalAbuseFactor_FoundUntilAdultOrChildIsSaid()
    {
        var broken = ChildOnProtectionPlan().WithAssessment(a => a with { Factors = ["18A"] });
        var fixedChild = broken.WithAssessment(a => a with { Factors = ["18C"] });

        ShouldFind(_rules.Rule8945Q(broken), "8945Q", "AssessmentFactors");
        _rules.Rule8945Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8950Q_ReplacedSexualAbuseFactor_FoundUntilAdultOrChildIsSaid()
    {
        var broken = ChildOnProtectionPlan().WithAssessment(a => a with { Factors = ["19A"] });
        var fixedChild = broken.WithAssessment(a => a with { Factors = ["19B"] });

        ShouldFind(_rules.Rule8950Q(broken), "8950Q", "AssessmentFactors");
        _rules.Rule8950Q(fixedChild).ShouldBeEmpty();
    }

    private static CinAssessment Assessment(DateOnly started) =>
        new() { ActualStartDate = started, AuthorisationDate = started.AddDays(20), Factors = ["4B"] };

    private static CinChild OpenAssessment(DateOnly started) =>
        ChildOnProtectionPlan().WithAssessment(a => a with { ActualStartDate = started, AuthorisationDate = null, Factors = [] });
}
