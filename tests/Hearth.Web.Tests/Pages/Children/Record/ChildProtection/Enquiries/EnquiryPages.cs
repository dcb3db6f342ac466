using Hearth.Domain.ChildProtection;
using Hearth.Domain.Referrals;
using Hearth.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Enquiries;

/// <summary>Episodes, decisions, discussions and enquiries the child protection page tests start from, and reading them back.</summary>
internal static class EnquiryPages
{
    /// <summary>The fake clock's Monday 2 November 2026, 10:00, less some hours.</summary>
    public static DateTimeOffset HoursAgo(this HearthWebFactory factory, int hours) => factory.Clock.GetUtcNow().AddHours(-hours);

    public static Task<ChildInNeedEpisode> OpenEpisodeAsync(this HearthWebFactory factory, Guid childId) =>
        factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, childId);

    public static async Task<(ChildInNeedEpisode Episode, ReasonableCauseDecision Decision)> DecisionAsync(this HearthWebFactory factory, Guid childId, DateTimeOffset decidedAt)
    {
        var episode = await factory.OpenEpisodeAsync(childId);
        return (episode, await factory.Data.RecordReasonableCauseAsync(factory.Database.CreateContext, episode, decidedAt));
    }

    /// <summary>A decision last Thursday and the strategy discussion that answered it that afternoon, with its outcome.</summary>
    public static async Task<(StrategyDiscussion Discussion, Section47Enquiry? Enquiry)> DiscussionAsync(
        this HearthWebFactory factory, Guid childId, StrategyDiscussionOutcome outcome = StrategyDiscussionOutcome.Section47Enquiry)
    {
        var (episode, decision) = await factory.DecisionAsync(childId, new DateTimeOffset(2026, 10, 29, 10, 0, 0, TimeSpan.Zero));
        return await factory.Data.RecordStrategyDiscussionAsync(
            factory.Database.CreateContext, episode, decision.AsCause(), new DateTimeOffset(2026, 10, 29, 14, 0, 0, TimeSpan.Zero), outcome);
    }

    public static async Task<List<StrategyDiscussion>> DiscussionsOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<StrategyDiscussion>().AsNoTracking().Where(d => d.ChildId == childId).ToListAsync();
    }

    public static async Task<List<Section47Enquiry>> EnquiriesOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<Section47Enquiry>().AsNoTracking().Where(e => e.ChildId == childId).ToListAsync();
    }

    public static async Task<List<ReasonableCauseDecision>> DecisionsOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ReasonableCauseDecision>().AsNoTracking().Where(d => d.ChildId == childId).ToListAsync();
    }
}
