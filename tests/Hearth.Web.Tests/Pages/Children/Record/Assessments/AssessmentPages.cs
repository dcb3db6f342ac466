using Hearth.Domain.Assessments;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.TestSupport.Web;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

/// <summary>The children, episodes, assessments and plans the assessment and plan page tests start from, and reading them back.</summary>
internal static class AssessmentPages
{
    /// <summary>Tuesday 1 September 2026: 45 working days later is Tuesday 3 November 2026, the day after the fake clock's today.</summary>
    public static readonly DateOnly Referral = new(2026, 9, 1);

    /// <summary>A referral whose 45 working days ended on Wednesday 7 October 2026 (after the August bank holiday), so its assessment is overdue today.</summary>
    public static readonly DateOnly LateReferral = new(2026, 8, 4);

    /// <summary>A child allocated to a team with an open episode referred on <paramref name="referral"/>, and a signed-in member of the team in the role.</summary>
    public static async Task<(HearthClient Client, UserAccount Account, Child Child, ChildInNeedEpisode Episode)> SignInWithEpisodeAsync(
        this HearthWebFactory factory, Role role = Role.SocialWorker, DateOnly? referral = null)
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, await factory.Data.CreateWorkerAsync(team), team);
        var episode = await factory.AddEpisodeAsync(child.Id, referral ?? Referral);
        var (client, account) = await factory.SignInAsNewUserAsync(role, team);
        return (client, account, child, episode);
    }

    public static Task<ChildAndFamilyAssessment> AddAssessmentAsync(this HearthWebFactory factory, ChildInNeedEpisode episode, Action<ChildAndFamilyAssessment>? progress = null) =>
        factory.Data.CreateAssessmentAsync(factory.Database, episode, progress: progress);

    /// <summary>An assessment the worker has completed today, awaiting a manager.</summary>
    public static Task<ChildAndFamilyAssessment> AddCompletedAssessmentAsync(this HearthWebFactory factory, ChildInNeedEpisode episode, string? latenessReason = null) =>
        factory.AddAssessmentAsync(episode, a =>
        {
            factory.Data.ReadyToComplete(a);
            a.Complete(factory.Data.Today, latenessReason, Timescales.Standard, factory.Data.Today, factory.Data.Change());
        });

    public static async Task<ChildAndFamilyAssessment> AssessmentAsync(this HearthWebFactory factory, Guid assessmentId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ChildAndFamilyAssessment>().AsNoTracking().SingleAsync(a => a.Id == assessmentId);
    }

    public static async Task<List<ChildAndFamilyAssessment>> AssessmentsOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ChildAndFamilyAssessment>().AsNoTracking().Where(a => a.ChildId == childId).ToListAsync();
    }

    public static Task<ChildInNeedPlan> AddPlanAsync(this HearthWebFactory factory, ChildInNeedEpisode episode, Action<ChildInNeedPlan>? progress = null, DateOnly? startDate = null) =>
        factory.Data.CreateChildInNeedPlanAsync(factory.Database, episode, startDate ?? new DateOnly(2026, 10, 1), progress);

    public static async Task<ChildInNeedPlan> PlanAsync(this HearthWebFactory factory, Guid planId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ChildInNeedPlan>().AsNoTracking().SingleAsync(p => p.Id == planId);
    }

    public static async Task<List<ChildInNeedPlan>> PlansOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ChildInNeedPlan>().AsNoTracking().Where(p => p.ChildId == childId).ToListAsync();
    }
}
