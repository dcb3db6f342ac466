using Hearth.Data.Chronology;
using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Data.Tests.ChildProtection;

public class EnquiryChronologyTests
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseData]
    public async Task ForChild_DecisionDiscussionAndEnquiry_AreSignificantStrategyAndEnquiryEventsInOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var decision = await data.RecordReasonableCauseAsync(database.CreateContext, episode, new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.Zero));
        var (discussion, enquiry) = await data.RecordStrategyDiscussionAsync(
            database.CreateContext, episode, decision.AsCause(), new DateTimeOffset(2026, 10, 26, 14, 0, 0, TimeSpan.Zero));
        await data.RecordEnquiryProgressAsync(database.CreateContext, enquiry!.Id, new DateOnly(2026, 10, 27), Section47Outcome.NoFurtherAction, new DateOnly(2026, 10, 30));

        await using var db = database.CreateContext();
        var entries = (await ChildChronology.ForChildAsync(db, child.Id)).Where(e => e.Category == ChronologyCategory.StrategyAndEnquiry).ToList();

        entries.Select(e => e.What).ShouldBe(
        [
            "Decision: reasonable cause to suspect significant harm",
            "Strategy discussion: section 47 enquiry",
            "Section 47 enquiry started",
            "Section 47 enquiry: child seen alone",
            "Section 47 enquiry outcome: no further action",
        ]);
        entries.ShouldAllBe(e => e.IsSignificant && e.ChildId == child.Id);
        entries[1].Path.ShouldBe($"/children/{child.Id}/strategy-discussions/{discussion.Id}");
        entries[1].Detail!.ShouldContain("Strategy meeting with Local authority children's social care, Police, Health. All agencies agreed.");
        entries[2].Detail!.ShouldContain("due by 16 November 2026");
        entries[4].Date.ShouldBe(new DateOnly(2026, 10, 30));
        entries[4].Detail!.ShouldStartWith("Concerns not substantiated.");
    }
}
