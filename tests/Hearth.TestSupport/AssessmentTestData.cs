using Hearth.Domain.Assessments;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Recording;
using Hearth.Domain.Referrals;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.TestSupport;

/// <summary>Child in need episodes, assessments, plans and visits made through the domain, saved in the test database.</summary>
public static class AssessmentTestData
{
    public static async Task<ChildInNeedEpisode> CreateEpisodeAsync(this TestData data, TestDatabase database, Guid childId, DateOnly referralDate)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        var earlier = await db.Set<ChildInNeedEpisode>().Where(e => e.ChildId == childId).ToListAsync();
        var episode = ChildInNeedEpisode.Open(childId, referralDate, ReferralSource.Schools, PrimaryNeed.FamilyInAcuteStress, null, earlier, data.Today, data.Change());
        db.Add(episode);
        await db.SaveChangesAsync();
        return episode;
    }

    /// <summary>An assessment in the episode, started on <paramref name="startDate"/>, changed by <paramref name="progress"/> before it is saved.</summary>
    public static async Task<ChildAndFamilyAssessment> CreateAssessmentAsync(
        this TestData data, TestDatabase database, ChildInNeedEpisode episode, DateOnly? startDate = null, Action<ChildAndFamilyAssessment>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(episode);
        await using var db = database.CreateContext();
        var existing = await db.Set<ChildAndFamilyAssessment>().Where(a => a.EpisodeId == episode.Id).ToListAsync();
        var assessment = ChildAndFamilyAssessment.Start(episode, startDate ?? episode.ReferralDate, existing, data.Today, data.Change());
        progress?.Invoke(assessment);
        db.Add(assessment);
        await db.SaveChangesAsync();
        return assessment;
    }

    /// <summary>Records the child seen, the factors, the analysis and outcome, ready for the worker to complete.</summary>
    public static void ReadyToComplete(this TestData data, ChildAndFamilyAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(assessment);
        assessment.RecordChildSeen(assessment.StartDate, seenAlone: true, null, data.Today, data.Change());
        assessment.RecordFactors([AssessmentFactor.Create("3B"), AssessmentFactor.Create("4B")], data.Change());
        assessment.RecordAnalysis("Mother's low mood and the violence at home affect the child", AssessmentOutcome.ChildInNeedPlan, null, data.Change());
    }

    /// <summary>A plan in the episode, started on <paramref name="startDate"/>, changed by <paramref name="progress"/> before it is saved.</summary>
    public static async Task<ChildInNeedPlan> CreateChildInNeedPlanAsync(
        this TestData data, TestDatabase database, ChildInNeedEpisode episode, DateOnly? startDate = null, Action<ChildInNeedPlan>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(episode);
        await using var db = database.CreateContext();
        var existing = await db.Set<ChildInNeedPlan>().Where(p => p.ChildId == episode.ChildId).ToListAsync();
        var plan = ChildInNeedPlan.Start(episode, startDate ?? episode.ReferralDate, existing, data.Today, data.Change());
        progress?.Invoke(plan);
        db.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    /// <summary>Adds an owned, dated action and a contingency plan, and finalises the plan on its start date.</summary>
    public static void Finalise(this TestData data, ChildInNeedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(plan);
        plan.AddAction("Mother to attend the Freedom Programme", "Family support worker", plan.StartDate.AddDays(28), data.Change());
        plan.RecordContingency("Strategy discussion if there is another incident of domestic abuse", data.Change());
        plan.Finalise(plan.StartDate, data.Today, data.Change());
    }

    public static async Task<Visit> CreateVisitAsync(this TestData data, TestDatabase database, Guid childId, DateOnly visitedOn, VisitKind kind = VisitKind.ChildInNeed, bool seen = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        var visit = Visit.Record(childId, kind, visitedOn, null, seen, seen, seen ? null : "No answer at the door", null, null, null, data.Today, data.Change());
        db.Add(visit);
        await db.SaveChangesAsync();
        return visit;
    }
}
