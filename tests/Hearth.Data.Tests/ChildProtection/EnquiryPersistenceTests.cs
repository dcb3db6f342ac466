using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.ChildProtection;

public class EnquiryPersistenceTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastThursday = new(2026, 10, 29, 11, 0, 0, TimeSpan.Zero);
    private static readonly FakeClock Clock = new(MondayTen);

    private static ChangeContext By() => new(Guid.CreateVersion7(), "Priya Shah", MondayTen);

    [Theory]
    [DatabaseData]
    public async Task Save_DiscussionWithEveryAgency_RoundTripsParticipantsContributionsAndChangeRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var decision = await data.RecordReasonableCauseAsync(database.CreateContext, episode, LastThursday);
        var probation = Agency.Other("Avon Probation");
        var details = new StrategyDiscussionDetails(
            LastThursday.AddHours(3),
            StrategyDiscussionFormat.Discussion,
            [
                StrategyDiscussionParticipant.Create("Priya Shah", "Social worker", Agency.LocalAuthority),
                StrategyDiscussionParticipant.Create("DC Jo Bloggs", "Detective constable", Agency.Police),
                StrategyDiscussionParticipant.Create("Kim Ode", "Probation officer", probation),
            ],
            [
                AgencyContribution.Create(Agency.LocalAuthority, "History of neglect"),
                AgencyContribution.Create(Agency.Police, "Call-outs", agreesWithDecision: false, "Threshold not met for a joint enquiry"),
                AgencyContribution.Create(probation, "Father on licence"),
            ],
            StrategyDiscussionOutcome.NoSection47Enquiry,
            "Single-agency assessment instead");
        var discussion = StrategyDiscussion.Record(details, episode, decision.AsCause(), null, [], By());
        await using (var saving = database.CreateContext())
        {
            saving.Add(discussion);
            await saving.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var saved = await reading.Set<StrategyDiscussion>().SingleAsync();
        saved.HeldAt.ShouldBe(LastThursday.AddHours(3));
        saved.ReasonableCauseId.ShouldBe(decision.Id);
        saved.ReasonableCauseAt.ShouldBe(LastThursday);
        saved.Format.ShouldBe(StrategyDiscussionFormat.Discussion);
        saved.Participants.OrderBy(p => p.Position).Select(p => (p.Name, p.Agency)).ShouldBe(
            [("Priya Shah", Agency.LocalAuthority), ("DC Jo Bloggs", Agency.Police), ("Kim Ode", probation)]);
        saved.Dissents.ShouldHaveSingleItem().DissentReason.ShouldBe("Threshold not met for a joint enquiry");
        saved.MissingCoreAgencies.ShouldBe([Agency.Health]);
        saved.Outcome.ShouldBe(StrategyDiscussionOutcome.NoSection47Enquiry);
        (await reading.ChangeRecords.Where(r => r.EntityId == discussion.Id).Select(r => r.Summary).ToListAsync()).ShouldBe(["Strategy discussion recorded"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Save_EnquiryThroughToItsConference_RoundTrips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var decision = await data.RecordReasonableCauseAsync(database.CreateContext, episode, LastThursday);
        var (_, started) = await data.RecordStrategyDiscussionAsync(database.CreateContext, episode, decision.AsCause(), LastThursday.AddHours(2));
        await data.RecordEnquiryProgressAsync(database.CreateContext, started!.Id, new DateOnly(2026, 10, 30), Section47Outcome.InitialChildProtectionConference);
        var conferenceId = Guid.CreateVersion7();
        await using (var holding = database.CreateContext())
        {
            var enquiry = await holding.Set<Section47Enquiry>().SingleAsync();
            enquiry.RecordInitialConferenceHeld(new DateOnly(2026, 11, 2), conferenceId, By());
            await holding.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var saved = await reading.Set<Section47Enquiry>().SingleAsync();
        saved.StartDate.ShouldBe(new DateOnly(2026, 10, 29));
        saved.InitialConferenceTarget.ShouldBe(new DateOnly(2026, 11, 19));
        saved.ChildSeenOn.ShouldBe(new DateOnly(2026, 10, 30));
        saved.ChildSeenAlone.ShouldBeTrue();
        saved.ConcernsSubstantiated.ShouldBe(true);
        saved.Outcome.ShouldBe(Section47Outcome.InitialChildProtectionConference);
        saved.InitialConferenceHeldOn.ShouldBe(new DateOnly(2026, 11, 2));
        saved.InitialConferenceId.ShouldBe(conferenceId);
        saved.InitialConferenceClock(Timescales.Standard, new DateOnly(2026, 11, 2))!.Status.ShouldBe(TimescaleStatus.MetInTime);
        (await reading.ChangeRecords.CountAsync(r => r.EntityId == saved.Id)).ShouldBe(4);
    }

    [Theory]
    [DatabaseData]
    public async Task Save_TwoDiscussionsForTheSameDecisionAtOnce_RefusesTheSecond(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var cause = (await data.RecordReasonableCauseAsync(database.CreateContext, episode, LastThursday)).AsCause();
        var first = StrategyDiscussion.Record(
            EnquiriesTestData.StrategyDiscussionDetails(LastThursday.AddHours(1), StrategyDiscussionOutcome.NoSection47Enquiry), episode, cause, null, [], By());
        var second = StrategyDiscussion.Record(
            EnquiriesTestData.StrategyDiscussionDetails(LastThursday.AddHours(2), StrategyDiscussionOutcome.NoSection47Enquiry), episode, cause, null, [], By());
        await using (var saving = database.CreateContext())
        {
            saving.Add(first);
            await saving.SaveChangesAsync();
        }

        await using var racing = database.CreateContext();
        racing.Add(second);

        await Should.ThrowAsync<DbUpdateException>(() => racing.SaveChangesAsync());
    }

    [Theory]
    [DatabaseData]
    public async Task Save_SecondOngoingEnquiryOnTheEpisode_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var cause = (await data.RecordReasonableCauseAsync(database.CreateContext, episode, LastThursday)).AsCause();
        var (first, _) = await data.RecordStrategyDiscussionAsync(
            database.CreateContext, episode, cause, LastThursday.AddHours(1), StrategyDiscussionOutcome.FurtherStrategyDiscussion);
        var (further, _) = await data.RecordStrategyDiscussionAsync(database.CreateContext, episode, null, LastThursday.AddDays(1), previous: first);
        var racing = Section47Enquiry.Start(further, episode, [], Timescales.Standard, By());
        await using var db = database.CreateContext();
        db.Add(racing);

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [DatabaseData]
    public async Task Save_OutcomeRecordedByTwoPeopleAtOnce_RefusesTheSecond(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var cause = (await data.RecordReasonableCauseAsync(database.CreateContext, episode, LastThursday)).AsCause();
        var (_, enquiry) = await data.RecordStrategyDiscussionAsync(database.CreateContext, episode, cause, LastThursday.AddHours(1));
        await data.RecordEnquiryProgressAsync(database.CreateContext, enquiry!.Id, new DateOnly(2026, 10, 30));
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var firstCopy = await first.Set<Section47Enquiry>().SingleAsync();
        var secondCopy = await second.Set<Section47Enquiry>().SingleAsync();
        firstCopy.RecordOutcome(false, Section47Outcome.NoFurtherAction, "Accident", Clock.Today, Clock.Today, By());
        await first.SaveChangesAsync();
        secondCopy.RecordOutcome(true, Section47Outcome.ChildInNeedPlan, "Neglect", Clock.Today, Clock.Today, By());

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
