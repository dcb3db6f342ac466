using Hearth.Returns.CinCensus;
using static Hearth.Returns.Tests.CinCensus.Checks.CinTestData;

namespace Hearth.Returns.Tests.CinCensus.Checks;

public partial class CinCensusRules2025To26Tests
{
    [Fact]
    public void Rule2884_ConferenceRecordedOnTheEpisodeAndTheEnquiry_FoundUntilOnTheEnquiryOnly()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { DateOfInitialCpc = Conference });

        ShouldFind(_rules.Rule2884(broken), "2884", "DateOfInitialCPC");
        _rules.Rule2884(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8615_EnquiryStartingAfterItsConferenceOrNotAtAll_FoundButNotOnTheConferenceDay()
    {
        var late = ChildOnProtectionPlan().WithSection47(s => s with { ActualStartDate = Conference.AddDays(1) });
        var missing = ChildOnProtectionPlan().WithSection47(s => s with { ActualStartDate = null });
        var fixedChild = late.WithSection47(s => s with { ActualStartDate = Conference });

        ShouldFind(_rules.Rule8615(late), "8615", "S47ActualStartDate");
        ShouldFind(_rules.Rule8615(missing), "8615", "S47ActualStartDate");
        _rules.Rule8615(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8675Q_EnquiryStartedMoreThan15WorkingDaysBeforeTheEndWithNoConference_FoundButNotAt15()
    {
        // 31 March 2026 is a Tuesday with no bank holiday in March: 15 working days is 3 weeks, 10 March.
        var broken = OpenEnquiry(new DateOnly(2026, 3, 9));
        var fixedChild = OpenEnquiry(new DateOnly(2026, 3, 10));

        ShouldFind(_rules.Rule8675Q(broken), "8675Q", "DateOfInitialCPC");
        _rules.Rule8675Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8715_ConferenceBeforeTheYear_FoundButNotOnItsFirstDay()
    {
        var broken = ChildOnProtectionPlan().WithSection47(s => s with { DateOfInitialCpc = new DateOnly(2025, 3, 31) });
        var fixedChild = broken.WithSection47(s => s with { DateOfInitialCpc = new DateOnly(2025, 4, 1) });

        ShouldFind(_rules.Rule8715(broken), "8715", "DateOfInitialCPC");
        _rules.Rule8715(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8740_EnquiryWithNoConferenceStartedBeforeTheYear_FoundButNotOnItsFirstDay()
    {
        var broken = OpenEnquiry(new DateOnly(2025, 3, 31));
        var fixedChild = OpenEnquiry(new DateOnly(2025, 4, 1));

        ShouldFind(_rules.Rule8740(broken), "8740", "DateOfInitialCPC");
        _rules.Rule8740(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8839_TwoOpenEnquiries_FoundUntilOneNeedsNoConference()
    {
        var open = new CinSection47 { ActualStartDate = new DateOnly(2025, 6, 4), IcpcNotRequired = "0" };
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { Section47s = [open, open with { ActualStartDate = new DateOnly(2025, 6, 5) }] });
        var fixedChild = broken.WithSection47(s => s with { IcpcNotRequired = "1" });

        ShouldFind(_rules.Rule8839(broken), "8839", "DateOfInitialCPC");
        _rules.Rule8839(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8870Q_ConferenceTargetOnASaturday_FoundButNotOnAFriday()
    {
        var broken = ChildOnProtectionPlan().WithSection47(s => s with { InitialCpcTarget = new DateOnly(2025, 6, 28) });
        var fixedChild = broken.WithSection47(s => s with { InitialCpcTarget = new DateOnly(2025, 6, 27) });

        ShouldFind(_rules.Rule8870Q(broken), "8870Q", "InitialCPCtarget");
        _rules.Rule8870Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8875_ConferenceOnASaturday_FoundButNotOnAFriday()
    {
        var broken = ChildOnProtectionPlan().WithSection47(s => s with { DateOfInitialCpc = new DateOnly(2025, 6, 21) });
        var fixedChild = broken.WithSection47(s => s with { DateOfInitialCpc = new DateOnly(2025, 6, 20) });

        ShouldFind(_rules.Rule8875(broken), "8875", "DateOfInitialCPC");
        _rules.Rule8875(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8890_EnquiryStartingBeforeTheLastOnesConference_FoundButNotAfterIt()
    {
        var first = ChildOnProtectionPlan().CinDetails[0].Section47s[0];
        var second = new CinSection47 { IcpcNotRequired = "1" };
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { Section47s = [first, second with { ActualStartDate = new DateOnly(2025, 6, 10) }] });
        var fixedChild = ChildOnProtectionPlan().WithEpisode(d => d with { Section47s = [first, second with { ActualStartDate = Conference.AddDays(1) }] });

        ShouldFind(_rules.Rule8890(broken), "8890", "S47ActualStartDate");
        _rules.Rule8890(fixedChild).ShouldBeEmpty();
    }

    private static CinChild OpenEnquiry(DateOnly started) =>
        ChildOnProtectionPlan().WithSection47(s => s with { ActualStartDate = started, InitialCpcTarget = null, DateOfInitialCpc = null, IcpcNotRequired = "0" });
}
