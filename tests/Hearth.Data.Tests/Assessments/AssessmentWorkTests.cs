using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Data.Tests.Assessments;

public class AssessmentWorkTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [DatabaseData]
    public async Task OpenWork_ReferralWithNoAssessment_IsDueFromTheReferralAndGivesWayToTheAssessment(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        var episode = await data.CreateEpisodeAsync(database, child.Id, new DateOnly(2026, 10, 1));

        IReadOnlyList<WorkItem> before;
        await using (var db = database.CreateContext())
        {
            before = await WorkList.OpenAsync(db, new WorkQuery([child.Id], MondayTen, Timescales.Standard));
        }

        var assessment = await data.CreateAssessmentAsync(database, episode, new DateOnly(2026, 10, 20));
        await using var reading = database.CreateContext();
        var after = await WorkList.OpenAsync(reading, new WorkQuery([child.Id], MondayTen, Timescales.Standard));

        var waiting = before.ShouldHaveSingleItem();
        waiting.Kind.ShouldBe("ChildAndFamilyAssessment");
        waiting.DueDate.ShouldBe(new DateOnly(2026, 12, 3), "1 October plus 45 working days");
        waiting.Status.ShouldBe(TimescaleStatus.NotYetDue);
        waiting.Path.ShouldBe($"/children/{child.Id}/assessments");
        var started = after.ShouldHaveSingleItem();
        started.SourceId.ShouldBe(assessment.Id);
        started.DueDate.ShouldBe(new DateOnly(2026, 12, 3));
    }
}
