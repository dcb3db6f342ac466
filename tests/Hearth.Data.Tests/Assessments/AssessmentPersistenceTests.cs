using Hearth.Data.Assessments;
using Hearth.Data.Chronology;
using Hearth.Data.Work;
using Hearth.Domain.Assessments;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Assessments;

public class AssessmentPersistenceTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    // Tuesday 1 September 2026 plus 45 working days is Tuesday 3 November 2026.
    private static readonly DateOnly Referral = new(2026, 9, 1);
    private static readonly DateOnly Due = new(2026, 11, 3);

    [Theory]
    [DatabaseData]
    public async Task Save_AssessmentWithFactors_RoundTripsWithItsChangeRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        var episode = await data.CreateEpisodeAsync(database, child.Id, Referral);

        var assessment = await data.CreateAssessmentAsync(database, episode, Referral.AddDays(1), a =>
        {
            data.ReadyToComplete(a);
            a.Complete(data.Today, null, Timescales.Standard, data.Today, data.Change());
        });

        await using var reading = database.CreateContext();
        var saved = await reading.Set<ChildAndFamilyAssessment>().SingleAsync(a => a.Id == assessment.Id);
        saved.EpisodeId.ShouldBe(episode.Id);
        saved.ReferralDate.ShouldBe(Referral);
        saved.Factors.Select(f => f.Code).ShouldBe(["3B", "4B"]);
        saved.Outcome.ShouldBe(AssessmentOutcome.ChildInNeedPlan);
        saved.Status.ShouldBe(AssessmentStatus.AwaitingAuthorisation);
        saved.CompletedOn.ShouldBe(data.Today);
        var summaries = await reading.ChangeRecords.Where(r => r.EntityId == assessment.Id).Select(r => r.Summary).ToListAsync();
        summaries.ShouldContain("Child and family assessment started");
        summaries.ShouldContain("Assessment completed and sent for authorisation");
    }

    [Theory]
    [DatabaseData]
    public async Task Save_TwoManagersAuthorisingAtOnce_SecondIsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        var episode = await data.CreateEpisodeAsync(database, child.Id, Referral);
        var assessment = await data.CreateAssessmentAsync(database, episode, progress: a =>
        {
            data.ReadyToComplete(a);
            a.Complete(data.Today, null, Timescales.Standard, data.Today, data.Change());
        });
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var one = await first.Set<ChildAndFamilyAssessment>().SingleAsync(a => a.Id == assessment.Id);
        var two = await second.Set<ChildAndFamilyAssessment>().SingleAsync(a => a.Id == assessment.Id);

        one.Authorise(Role.TeamManager, data.Today, null, Timescales.Standard, data.Today, data.Change());
        await first.SaveChangesAsync();
        two.Return(Role.TeamManager, "Add the school's view", data.Change());

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_InProgressAndAwaitingAuthorisation_GivesTheAssessmentClockForEach(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var inProgressChild = await data.CreateChildAsync();
        var awaitingChild = await data.CreateChildAsync();
        var authorisedChild = await data.CreateChildAsync();
        var otherChild = await data.CreateChildAsync();
        var inProgress = await data.CreateAssessmentAsync(database, await data.CreateEpisodeAsync(database, inProgressChild.Id, Referral));
        var awaiting = await data.CreateAssessmentAsync(database, await data.CreateEpisodeAsync(database, awaitingChild.Id, Referral), progress: a =>
        {
            data.ReadyToComplete(a);
            a.Complete(data.Today, null, Timescales.Standard, data.Today, data.Change());
        });
        await data.CreateAssessmentAsync(database, await data.CreateEpisodeAsync(database, authorisedChild.Id, Referral), progress: a =>
        {
            data.ReadyToComplete(a);
            a.Complete(data.Today, null, Timescales.Standard, data.Today, data.Change());
            a.Authorise(Role.TeamManager, data.Today, null, Timescales.Standard, data.Today, data.Change());
        });
        await data.CreateAssessmentAsync(database, await data.CreateEpisodeAsync(database, otherChild.Id, Referral));
        await using var db = database.CreateContext();

        var work = await new AssessmentWork().OpenWorkAsync(
            db, new WorkQuery([inProgressChild.Id, awaitingChild.Id, authorisedChild.Id], MondayTen, Timescales.Standard), CancellationToken.None);

        work.Count.ShouldBe(2);
        var due = work.Single(w => w.SourceId == inProgress.Id);
        due.Kind.ShouldBe("ChildAndFamilyAssessment");
        due.DueDate.ShouldBe(Due);
        due.Status.ShouldBe(TimescaleStatus.DueSoon);
        due.Path.ShouldBe($"/children/{inProgressChild.Id}/assessments/{inProgress.Id}");
        var authorise = work.Single(w => w.SourceId == awaiting.Id);
        authorise.Title.ShouldBe("Authorise the child and family assessment");
        authorise.DueDate.ShouldBe(Due);
        authorise.AssignedWorkerId.ShouldBeNull();
    }

    [Theory]
    [DatabaseData]
    public async Task Chronology_AuthorisedAssessment_HasEachSignificantStep(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        var assessment = await data.CreateAssessmentAsync(database, await data.CreateEpisodeAsync(database, child.Id, Referral), Referral.AddDays(1), a =>
        {
            data.ReadyToComplete(a);
            a.Complete(data.Today, null, Timescales.Standard, data.Today, data.Change());
            a.Authorise(Role.TeamManager, data.Today, null, Timescales.Standard, data.Today, data.Change());
        });
        await using var db = database.CreateContext();

        var entries = await new AssessmentChronology().EntriesAsync(db, child.Id, CancellationToken.None);

        entries.Select(e => (e.Date, e.What)).ShouldBe(
        [
            (Referral.AddDays(1), "Child and family assessment started"),
            (Referral.AddDays(1), "Child seen alone during the assessment"),
            (data.Today, "Child and family assessment completed"),
            (data.Today, "Child and family assessment authorised by Test data"),
        ]);
        entries.ShouldAllBe(e => e.IsSignificant && e.Category == ChronologyCategory.Assessment && e.SourceId == assessment.Id);
    }
}
