using Hearth.Domain.Calendar;
using Microsoft.Extensions.Configuration;

namespace Hearth.Data.Tests;

public class TimescalesConfigurationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void TimescalesFrom_Nothing_IsTheStandardSet()
    {
        var timescales = ServiceCollectionExtensions.TimescalesFrom(Configuration());

        timescales.ChildProtectionVisit.Rule.ShouldBe(DueRule.WorkingDays(10));
        timescales.ContactDecision.Calendar.WorkingHours.ShouldBe(WorkingHours.Standard);
    }

    [Fact]
    public void TimescalesFrom_LocalStandards_ChangesThoseTimescalesAndHours()
    {
        var timescales = ServiceCollectionExtensions.TimescalesFrom(Configuration(
            ("Hearth:Timescales:WorkingDayOpens", "08:30"),
            ("Hearth:Timescales:WorkingDayCloses", "17:30"),
            ("Hearth:Timescales:Overrides:ChildProtectionVisit:Amount", "15"),
            ("Hearth:Timescales:Overrides:CoreGroup:Kind", "WorkingDays"),
            ("Hearth:Timescales:Overrides:CoreGroup:Amount", "30"),
            ("Hearth:Timescales:Overrides:ChildInNeedPlanReview:DueSoonWithin", "5")));

        timescales.ChildProtectionVisit.Rule.ShouldBe(DueRule.WorkingDays(15));
        timescales.CoreGroup.Rule.ShouldBe(DueRule.WorkingDays(30));
        timescales.ChildInNeedPlanReview.DueSoonWithin.ShouldBe(5);
        timescales.ChildInNeedPlanReview.Rule.ShouldBe(DueRule.Months(3));
        timescales.ContactDecision.Calendar.WorkingHours.ShouldBe(new WorkingHours(new TimeOnly(8, 30), new TimeOnly(17, 30)));
    }

    [Fact]
    public void TimescalesFrom_UnknownTimescale_SaysWhichAndListsTheKnownOnes()
    {
        var configuration = Configuration(("Hearth:Timescales:Overrides:HomeVisit:Amount", "5"));

        var thrown = Should.Throw<ArgumentException>(() => ServiceCollectionExtensions.TimescalesFrom(configuration));

        thrown.Message.ShouldContain("'HomeVisit'");
        thrown.Message.ShouldContain("ChildProtectionVisit");
    }
}
