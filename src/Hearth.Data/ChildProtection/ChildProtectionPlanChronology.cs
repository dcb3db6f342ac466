using Hearth.Data.Chronology;
using Hearth.Domain.ChildProtection;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.ChildProtection;

/// <summary>A child's child protection conferences, the start and end of their plans, and core group meetings.</summary>
internal sealed class ChildProtectionPlanChronology : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var conferences = await db.Set<ChildProtectionConference>().AsNoTracking().Where(c => c.ChildId == childId).ToListAsync(cancellationToken);
        var plans = await db.Set<ChildProtectionPlan>().AsNoTracking().Where(p => p.ChildId == childId).ToListAsync(cancellationToken);
        var coreGroups = await db.Set<CoreGroupMeeting>().AsNoTracking().Where(m => m.ChildId == childId).ToListAsync(cancellationToken);
        var entries = new List<ChronologyEntry>();
        foreach (var conference in conferences)
        {
            entries.Add(new ChronologyEntry
            {
                ChildId = childId,
                Date = conference.HeldOn,
                Category = ChronologyCategory.ChildProtection,
                What = $"{conference.Title}: {ChildProtectionConference.OutcomeText(conference.Outcome).ToLowerInvariant()}"
                    + (conference.Category is { } category ? $" ({category.Description.ToLowerInvariant()})" : string.Empty),
                Detail = conference.IsQuorate ? null : "The conference was not quorate",
                IsSignificant = true,
                Path = $"/children/{childId}/child-protection-conferences/{conference.Id}",
                SourceId = conference.Id,
            });
        }

        foreach (var plan in plans)
        {
            var path = $"/children/{childId}/child-protection-plans/{plan.Id}";
            entries.Add(new ChronologyEntry
            {
                ChildId = childId,
                Date = plan.StartDate,
                Category = ChronologyCategory.ChildProtection,
                What = $"Child protection plan started: {plan.InitialCategory.Description.ToLowerInvariant()}",
                Detail = plan.IsSecondOrSubsequent
                    ? $"Second or subsequent plan ({plan.NumberOfPreviousPlans} before){(plan.IsWithinTwoYearsOfPreviousPlan ? ", within two years of the last" : string.Empty)}"
                    : null,
                IsSignificant = true,
                Path = path,
                SourceId = plan.Id,
            });
            if (plan is { EndDate: { } ended, EndReason: { } reason })
            {
                entries.Add(new ChronologyEntry
                {
                    ChildId = childId,
                    Date = ended,
                    Category = ChronologyCategory.ChildProtection,
                    What = "Child protection plan ended",
                    Detail = plan.EndNote is null ? ChildProtectionPlan.EndReasonText(reason) : $"{ChildProtectionPlan.EndReasonText(reason)}: {plan.EndNote}",
                    IsSignificant = true,
                    Path = path,
                    SourceId = plan.Id,
                });
            }
        }

        foreach (var meeting in coreGroups)
        {
            entries.Add(new ChronologyEntry
            {
                ChildId = childId,
                Date = meeting.HeldOn,
                Category = ChronologyCategory.ChildProtection,
                What = "Core group meeting",
                Detail = meeting.Notes,
                Path = $"/children/{childId}/child-protection-plans/{meeting.PlanId}",
                SourceId = meeting.Id,
            });
        }

        return entries;
    }
}
