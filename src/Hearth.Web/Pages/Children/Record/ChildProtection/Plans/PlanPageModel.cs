using Hearth.Data;
using Hearth.Domain.Audit;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

/// <summary>A page that changes one of the child's child protection plans, loaded with its conferences and core groups.</summary>
public abstract class PlanPageModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    public const string StaleMessage = "Someone else changed this plan while you were editing it. Check the plan, then try again.";

    public ChildProtectionPlan Plan { get; private set; } = null!;

    /// <summary>The plan's version when the form was opened.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>What others changed on the plan since the form was opened, when a save was refused for it.</summary>
    public IReadOnlyList<ChangeRecord> Changes { get; private set; } = [];

    public string PlanPath => $"/children/{Plan.ChildId}/child-protection-plans/{Plan.Id}";

    /// <summary>Loads the plan, tracked for a change; false when it is not the child's.</summary>
    protected async Task<bool> LoadAsync(Guid childId, Guid planId)
    {
        var plan = await Db.Set<ChildProtectionPlan>().AsSplitQuery()
            .Include(p => p.Conferences)
            .Include(p => p.CoreGroups)
            .SingleOrDefaultAsync(p => p.Id == planId && p.ChildId == childId);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        return true;
    }

    /// <summary>Loads the plan for a form and notes its version.</summary>
    protected async Task<IActionResult> ShowFormAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        Version = Plan.Version;
        return Page();
    }

    /// <summary>False, with the message and what changed on the page, when someone else changed the plan since the form was opened.</summary>
    protected async Task<bool> IsCurrentAsync()
    {
        if (Version == Plan.Version)
        {
            return true;
        }

        ModelState.AddModelError(string.Empty, StaleMessage);
        Changes = [.. (await ChangesSince.LoadAsync(Db, Plan.ChildId, Version)).Where(c => c.EntityId == Plan.Id)];
        Version = Plan.Version;
        return false;
    }

    protected Task<IActionResult> SavePlanChangeAsync(Action change, string errorField, string notification) =>
        SaveChangeAsync(change, errorField, notification, PlanPath, "the plan");
}
