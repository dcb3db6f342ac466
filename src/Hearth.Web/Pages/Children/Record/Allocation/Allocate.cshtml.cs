using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Access;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.AccessLog;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Allocations;

/// <summary>A worker who can be allocated the child, with how many children they hold today.</summary>
public sealed record AllocatableWorker(Guid Id, string Name, string Role, int Caseload);

[AllocatesChild]
public sealed class AllocateModel(HearthDbContext db, ChildRecord record, ChildAccess access, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select a worker")]
    [Display(Name = "Worker")]
    public Guid? WorkerId { get; set; }

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the start date")]
    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the reason for allocation")]
    [Display(Name = "Reason for allocation")]
    public string? Reason { get; set; }

    [BindProperty]
    public string? HistoryVersion { get; set; }

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public Team? Team { get; private set; }

    public IReadOnlyList<AllocatableWorker> Workers { get; private set; } = [];

    public AllocationPeriod? Open { get; private set; }

    public bool IsStale { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid childId)
    {
        if (!record.CanAllocate)
        {
            return Refused();
        }

        var allocations = await AllocationHistory.LoadAsync(db, childId);
        HistoryVersion = AllocationHistory.VersionOf(allocations);
        StartDate = access.Today;
        await LoadChoicesAsync(allocations);
        if (TeamId is not null && Team is null)
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTeamAsync(Guid childId)
    {
        ModelState.Clear();
        var allocations = await AllocationHistory.LoadAsync(db, childId);
        if (TeamId is null || !await db.Set<Team>().AnyAsync(t => t.Id == TeamId && t.IsActive))
        {
            TeamId = null;
            ModelState.AddModelError(nameof(TeamId), "Select a team");
            HistoryVersion = AllocationHistory.VersionOf(allocations);
            await LoadChoicesAsync(allocations);
            return Page();
        }

        return Redirect($"/children/{childId}/allocation/allocate?teamId={TeamId}");
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var allocations = await AllocationHistory.LoadAsync(db, childId);
        await LoadChoicesAsync(allocations);
        if (Team is null)
        {
            ModelState.Clear();
            TeamId = null;
            ModelState.AddModelError(nameof(TeamId), "Select a team");
            return Page();
        }

        var worker = WorkerId is { } workerId ? await db.Set<Worker>().SingleOrDefaultAsync(w => w.Id == workerId) : null;
        if (WorkerId is not null && worker is null)
        {
            ModelState.AddModelError(nameof(WorkerId), "Select a worker");
        }

        if (ModelState.IsValid)
        {
            var rule = allocations.CanAllocate(worker!, Team, StartDate!.Value, Reason);
            if (!rule.IsAllowed)
            {
                ModelState.AddModelError(FieldFor(allocations, worker!, Team, StartDate.Value), rule.Message!);
            }
        }

        if (ModelState.IsValid && (HistoryVersion ?? string.Empty) != AllocationHistory.VersionOf(allocations))
        {
            IsStale = true;
            HistoryVersion = AllocationHistory.VersionOf(allocations);
            ModelState.Remove(nameof(HistoryVersion));
            ModelState.AddModelError(string.Empty, "Someone else changed this child's allocation while you were choosing. Check the current allocation, then submit again.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var allocation = allocations.Allocate(worker!, Team, StartDate!.Value, Reason!,
                new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow(), Reason));
            db.Add(allocation);
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }

        TempData["Notification"] = $"{record.Summary.Name} allocated to {worker!.FullName} ({Team.Name})";
        return await StillVisibleAsync(childId) ? Redirect($"/children/{childId}/allocation") : Redirect("/team");
    }

    private static string FieldFor(CaseAllocations allocations, Worker worker, Team team, DateOnly startDate) =>
        !team.IsActive ? nameof(TeamId)
        : worker.TeamId != team.Id || !worker.CanBeAllocatedFrom(startDate).IsAllowed
            || (allocations.Open is { } open && open.WorkerId == worker.Id && open.TeamId == team.Id) ? nameof(WorkerId)
        : nameof(StartDate);

    private async Task LoadChoicesAsync(CaseAllocations allocations)
    {
        var today = access.Today;
        Teams = await db.Set<Team>().AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Name).ToListAsync();
        Team = TeamId is { } teamId ? Teams.FirstOrDefault(t => t.Id == teamId) : null;
        Open = allocations.Open is { } open ? (await AllocationHistory.DescribeAsync(db, [open]))[0] : null;
        if (Team is null)
        {
            return;
        }

        var workers = await db.Set<Worker>().AsNoTracking()
            .Where(w => w.TeamId == Team.Id && (w.LeavingDate == null || w.LeavingDate >= today))
            .ToListAsync();
        var ids = workers.Select(w => w.Id).ToList();
        var caseloads = await db.Set<Allocation>().AsNoTracking()
            .Where(a => ids.Contains(a.WorkerId) && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .GroupBy(a => a.WorkerId)
            .Select(g => new { WorkerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.WorkerId, g => g.Count);
        Workers = workers
            .Where(w => w.Role.HoldsCases)
            .OrderBy(w => w.FamilyName).ThenBy(w => w.GivenName)
            .Select(w => new AllocatableWorker(w.Id, w.FullName, w.Role.DisplayName, caseloads.GetValueOrDefault(w.Id)))
            .ToList();
    }

    private async Task<bool> StillVisibleAsync(Guid childId) =>
        User.AccessUser() is { } user && await access.LoadAsync(childId) is { } child && AccessPolicy.CanView(user, child).IsAllowed;

    private ViewResult Refused() => new()
    {
        ViewName = "/Pages/Shared/_NoAccess.cshtml",
        StatusCode = StatusCodes.Status403Forbidden,
        ViewData = new(ViewData)
        {
            ["Title"] = "You cannot allocate this child",
            ["Reason"] = AccessPolicy.CanAllocate(User.AccessUser()!, record.Access).Refusal,
        },
    };
}
