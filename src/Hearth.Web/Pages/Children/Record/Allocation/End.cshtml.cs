using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Access;
using Hearth.Domain.Audit;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.AccessLog;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.Record.Allocations;

[AllocatesChild]
public sealed class EndModel(HearthDbContext db, ChildRecord record, ChildAccess access, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the end date")]
    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the reason for ending the allocation")]
    [Display(Name = "Reason for ending")]
    public string? Reason { get; set; }

    [BindProperty]
    public string? HistoryVersion { get; set; }

    public AllocationPeriod? Open { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid childId)
    {
        if (!record.CanAllocate)
        {
            return new ViewResult
            {
                ViewName = "/Pages/Shared/_NoAccess.cshtml",
                StatusCode = StatusCodes.Status403Forbidden,
                ViewData = new(ViewData)
                {
                    ["Title"] = "You cannot end this child's allocation",
                    ["Reason"] = AccessPolicy.CanAllocate(User.AccessUser()!, record.Access).Refusal,
                },
            };
        }

        var allocations = await AllocationHistory.LoadAsync(db, childId);
        await DescribeOpenAsync(allocations);
        HistoryVersion = AllocationHistory.VersionOf(allocations);
        EndDate = access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var allocations = await AllocationHistory.LoadAsync(db, childId);
        await DescribeOpenAsync(allocations);
        if (ModelState.IsValid)
        {
            var rule = allocations.CanEndAllocation(EndDate!.Value, Reason);
            if (!rule.IsAllowed)
            {
                ModelState.AddModelError(allocations.Open is null ? string.Empty : nameof(EndDate), rule.Message!);
            }
        }

        if (ModelState.IsValid && (HistoryVersion ?? string.Empty) != AllocationHistory.VersionOf(allocations))
        {
            HistoryVersion = AllocationHistory.VersionOf(allocations);
            ModelState.Remove(nameof(HistoryVersion));
            ModelState.AddModelError(string.Empty, "Someone else changed this child's allocation while you were editing it. Check the current allocation, then submit again.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            allocations.EndAllocation(EndDate!.Value, Reason!, new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow(), Reason));
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }

        TempData["Notification"] = $"Allocation ended: {record.Summary.Name} is unallocated from {DisplayDate.Of(EndDate!.Value)}";
        return Redirect($"/children/{childId}/allocation");
    }

    private async Task DescribeOpenAsync(Hearth.Domain.Workforce.CaseAllocations allocations) =>
        Open = allocations.Open is { } open ? (await AllocationHistory.DescribeAsync(db, [open]))[0] : null;
}
