using Hearth.Data;
using Hearth.Domain.Assessments;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.TestSupport;

/// <summary>
/// A fixed CIN census scenario for 2025-26, made through the domain: a child protection journey, an assessment and
/// child in need plan that closed, a referral with no further action, and two children outside the year.
/// </summary>
public static class CinCensusTestData
{
    /// <summary>A moment after the 2025-26 census year when every date in the scenario is in the past.</summary>
    public static readonly DateTimeOffset AfterTheYear = new(2026, 4, 15, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The scenario, with LA child IDs CIN0001 to CIN0005 so that its census is always the same file, or with fresh IDs
    /// when <paramref name="freshIds"/> (to make it more than once in one database).
    /// </summary>
    public static async Task<CinCensusScenario> CreateCinCensusScenarioAsync(this TestData data, Func<HearthDbContext> createContext, bool freshIds = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(createContext);
        var protection = await ChildProtectionJourneyAsync(data, createContext, freshIds);
        var plan = await ChildInNeedPlanJourneyAsync(data, createContext, freshIds);
        var noFurtherAction = await NoFurtherActionAsync(data, createContext, freshIds);

        var closedBefore = await RegisterAsync(data, createContext, freshIds, "CIN0004", TestData.ChildDetails("Ellis", "Marsh", new DateOnly(2012, 3, 3)));
        var before = await OpenAsync(data, createContext, closedBefore.Id, new DateOnly(2025, 1, 10));
        await UpdateAsync<ChildInNeedEpisode>(createContext, before.Id, e => e.Close(new DateOnly(2025, 3, 28), ClosureReason.ServicesCeased, [], data.Today, data.Change()));

        var referredAfter = await RegisterAsync(data, createContext, freshIds, "CIN0005", TestData.ChildDetails("Frankie", "Hale", new DateOnly(2014, 9, 9)));
        await OpenAsync(data, createContext, referredAfter.Id, new DateOnly(2026, 4, 2));

        return new CinCensusScenario(protection, plan, noFurtherAction, closedBefore, referredAfter);
    }

    private static async Task<Child> ChildProtectionJourneyAsync(TestData data, Func<HearthDbContext> createContext, bool freshIds)
    {
        var details = TestData.ChildDetails("Amara", "Okafor", new DateOnly(2019, 2, 11), sex: "F", ethnicity: "BAFR") with
        {
            Disabilities = [Disability.Communication, Disability.Behaviour],
        };
        var child = await RegisterAsync(data, createContext, freshIds, "CIN0001", details, c => c.RecordNewUpn(UniquePupilNumber.Create("A88621000001A"), data.Change()));
        var episode = await data.OpenEpisodeAsync(createContext, child.Id, new DateOnly(2025, 6, 2));
        var decision = await data.RecordReasonableCauseAsync(createContext, episode, new DateTimeOffset(2025, 6, 2, 11, 0, 0, TimeSpan.Zero));
        var (_, started) = await data.RecordStrategyDiscussionAsync(createContext, episode, decision.AsCause(), new DateTimeOffset(2025, 6, 3, 9, 0, 0, TimeSpan.Zero));
        await data.RecordEnquiryProgressAsync(createContext, started!.Id, new DateOnly(2025, 6, 4), Section47Outcome.InitialChildProtectionConference, new DateOnly(2025, 6, 13));

        await using var db = createContext();
        var enquiry = await db.Set<Section47Enquiry>().SingleAsync(e => e.Id == started.Id);
        var conference = ChildProtectionConference.RecordInitial(
            child.Id, false, episode, new DateOnly(2025, 6, 20), ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.Plan,
            CategoryOfAbuse.Neglect, enquiry.Id, [], data.Today, data.Change());
        var plan = ChildProtectionPlan.Start(conference, [], data.Change());
        enquiry.RecordInitialConferenceHeld(conference.HeldOn, conference.Id, data.Change());
        plan.RecordReviewConference(
            new DateOnly(2025, 9, 19), ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.ContinuePlan, CategoryOfAbuse.EmotionalAbuse, data.Today, data.Change());
        plan.RecordReviewConference(
            new DateOnly(2026, 3, 13), ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.ContinuePlan, CategoryOfAbuse.EmotionalAbuse, data.Today, data.Change());
        var assessment = ChildAndFamilyAssessment.Start(episode, new DateOnly(2025, 6, 3), [], data.Today, data.Change());
        data.ReadyToComplete(assessment);
        assessment.Complete(new DateOnly(2025, 7, 8), null, Timescales.Standard, data.Today, data.Change());
        assessment.Authorise(Role.TeamManager, new DateOnly(2025, 7, 10), null, Timescales.Standard, data.Today, data.Change());
        db.AddRange(plan, assessment);
        await db.SaveChangesAsync();
        return child;
    }

    private static async Task<Child> ChildInNeedPlanJourneyAsync(TestData data, Func<HearthDbContext> createContext, bool freshIds)
    {
        var child = await RegisterAsync(data, createContext, freshIds, "CIN0002", TestData.ChildDetails("Bea", "Lowe", new DateOnly(2023, 1, 20), sex: "F") with { Disabilities = [Disability.NoDisability] });
        var episode = await OpenAsync(data, createContext, child.Id, new DateOnly(2025, 5, 1));
        await using (var db = createContext())
        {
            var assessment = ChildAndFamilyAssessment.Start(episode, new DateOnly(2025, 5, 2), [], data.Today, data.Change());
            data.ReadyToComplete(assessment);
            assessment.Complete(new DateOnly(2025, 6, 6), null, Timescales.Standard, data.Today, data.Change());
            assessment.Authorise(Role.TeamManager, new DateOnly(2025, 6, 10), null, Timescales.Standard, data.Today, data.Change());
            var plan = ChildInNeedPlan.Start(episode, new DateOnly(2025, 6, 16), [], data.Today, data.Change());
            data.Finalise(plan);
            plan.End(new DateOnly(2026, 1, 15), "Needs met", data.Today, data.Change());
            db.AddRange(assessment, plan);
            await db.SaveChangesAsync();
        }

        await UpdateAsync<ChildInNeedEpisode>(createContext, episode.Id, e => e.Close(new DateOnly(2026, 2, 2), ClosureReason.ServicesCeased, [], data.Today, data.Change()));
        return child;
    }

    private static async Task<Child> NoFurtherActionAsync(TestData data, Func<HearthDbContext> createContext, bool freshIds)
    {
        var child = await RegisterAsync(data, createContext, freshIds, "CIN0003", TestData.ChildDetails("Cal", "Doyle", new DateOnly(2016, 7, 30)));
        var episode = await OpenAsync(data, createContext, child.Id, new DateOnly(2026, 3, 2));
        await UpdateAsync<ChildInNeedEpisode>(createContext, episode.Id, e => e.EndWithNoFurtherAction(new DateOnly(2026, 3, 4), [], data.Today, data.Change()));
        return child;
    }

    private static async Task UpdateAsync<T>(Func<HearthDbContext> createContext, Guid id, Action<T> change)
        where T : class
    {
        await using var db = createContext();
        var entity = await db.Set<T>().FindAsync(id) ?? throw new InvalidOperationException($"No {typeof(T).Name} {id}");
        change(entity);
        await db.SaveChangesAsync();
    }

    private static async Task<Child> RegisterAsync(
        TestData data, Func<HearthDbContext> createContext, bool freshIds, string laChildId, ChildDetails details, Action<Child>? configure = null)
    {
        var child = Child.Register(LocalAuthorityChildId.Create(freshIds ? TestData.NextLaChildId() : laChildId), details, data.Today, data.Change());
        configure?.Invoke(child);
        await using var db = createContext();
        db.Add(child);
        await db.SaveChangesAsync();
        return child;
    }

    private static async Task<ChildInNeedEpisode> OpenAsync(TestData data, Func<HearthDbContext> createContext, Guid childId, DateOnly referralDate)
    {
        await using var db = createContext();
        var episode = ChildInNeedEpisode.Open(
            childId, referralDate, ReferralSource.Schools, PrimaryNeed.FamilyInAcuteStress, null, [], data.Today, data.Change());
        db.Add(episode);
        await db.SaveChangesAsync();
        return episode;
    }
}

/// <summary>The children of <see cref="CinCensusTestData.CreateCinCensusScenarioAsync"/>.</summary>
public sealed record CinCensusScenario(Child ChildProtection, Child ChildInNeedPlan, Child NoFurtherAction, Child ClosedBeforeTheYear, Child ReferredAfterTheYear);
