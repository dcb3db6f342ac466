using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

/// <summary>A page about one of the child's child in need plans, loaded for a change with its review and visiting clocks.</summary>
public abstract class PlanPageModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : ChildRecordPageModel(db, record, clock)
{
    public ChildInNeedPlan Plan { get; private set; } = null!;

    public TimescaleEvaluation? ReviewClock { get; private set; }

    public TimescaleEvaluation? VisitClock { get; private set; }

    /// <summary>The plan's version when the form was opened, so a change made meanwhile is not overwritten.</summary>
    [BindProperty]
    public Guid? Version { get; set; }

    public string PlanPath => $"/children/{Record.ChildId}/child-in-need-plans/{Plan.Id}";

    public bool IsTeamManager => User.HearthRole() == Role.TeamManager;

    protected Role Role => User.HearthRole() ?? Role.SocialWorker;

    protected Timescales Timescales => timescales;

    /// <summary>Loads the plan, tracked for a change, and its clocks; false when it is not the child's.</summary>
    protected async Task<bool> LoadAsync(Guid childId, Guid planId)
    {
        if (await Db.Set<ChildInNeedPlan>().SingleOrDefaultAsync(p => p.Id == planId && p.ChildId == childId) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        Version ??= plan.Version;
        var today = Today;
        var visits = await Db.Set<Visit>().AsNoTracking()
            .Where(v => v.ChildId == childId && v.Kind == VisitKind.ChildInNeed && v.ChildSeen && v.VisitedOn >= plan.StartDate)
            .ToListAsync();
        ReviewClock = plan.EvaluateReview(timescales, today);
        VisitClock = plan.EvaluateVisit(timescales, visits, today);
        return true;
    }

    /// <summary>True, with the message on the page, when someone changed the plan after this form was opened.</summary>
    protected bool ChangedSinceOpened()
    {
        if (Version == Plan.Version)
        {
            return false;
        }

        ModelState.AddModelError(string.Empty, "Someone else changed this plan while you were editing it. Check the plan, then try again.");
        Version = Plan.Version;
        return true;
    }

    protected Task<IActionResult> SaveAsync(Action change, string errorField, string notification) =>
        SaveChangeAsync(change, errorField, notification, PlanPath, "the plan");
}
