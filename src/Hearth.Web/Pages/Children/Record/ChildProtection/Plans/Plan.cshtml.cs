using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class PlanModel(HearthDbContext db, ChildRecord record, ChildAccess access, Timescales timescales) : PageModel
{
    public ChildRecord Record => record;

    public DateOnly Today => access.Today;

    public ChildProtectionPlan Plan { get; private set; } = null!;

    public TimescaleEvaluation? NextCoreGroup { get; private set; }

    public TimescaleEvaluation? NextReviewConference { get; private set; }

    public TimescaleEvaluation? NextVisit { get; private set; }

    public DateOnly? LastVisitSeen { get; private set; }

    public IReadOnlyList<(DateOnly HeldOn, TimescaleEvaluation Evaluation)> MeetingHistory { get; private set; } = [];

    public string PlanPath => $"/children/{Plan.ChildId}/child-protection-plans/{Plan.Id}";

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        var plan = await db.Set<ChildProtectionPlan>().AsNoTracking().AsSplitQuery()
            .Include(p => p.Conferences)
            .Include(p => p.CoreGroups)
            .SingleOrDefaultAsync(p => p.Id == planId && p.ChildId == childId);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        var visits = await db.Set<Visit>().AsNoTracking()
            .Where(v => v.ChildId == childId && v.Kind == VisitKind.ChildProtection && v.ChildSeen)
            .ToListAsync();
        var today = Today;
        NextCoreGroup = plan.NextCoreGroup(timescales, today);
        NextReviewConference = plan.NextReviewConference(timescales, today);
        NextVisit = plan.NextVisit(timescales, visits, today);
        LastVisitSeen = plan.LastVisitSeen(visits);
        MeetingHistory = plan.MeetingHistory(timescales, today);
        return Page();
    }

    public TimescaleEvaluation? HistoryOf(DateOnly heldOn, Timescale first, Timescale later) =>
        MeetingHistory.Where(h => h.HeldOn == heldOn && (h.Evaluation.Timescale == first || h.Evaluation.Timescale == later))
            .Select(h => h.Evaluation)
            .FirstOrDefault();
}
