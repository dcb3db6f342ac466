using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.Record.Allocations;

public sealed class IndexModel(HearthDbContext db, ChildRecord record, ChildAccess access) : PageModel
{
    public ChildRecord Record => record;

    public AllocationPeriod? Current { get; private set; }

    /// <summary>An allocation already made that starts after today.</summary>
    public AllocationPeriod? Upcoming { get; private set; }

    public bool HasOpenAllocation { get; private set; }

    /// <summary>Every allocation, latest first.</summary>
    public IReadOnlyList<AllocationPeriod> History { get; private set; } = [];

    public async Task OnGetAsync(Guid childId)
    {
        var today = access.Today;
        var allocations = await AllocationHistory.LoadAsync(db, childId);
        var periods = (await AllocationHistory.DescribeAsync(db, allocations.History)).ToDictionary(p => p.Id);
        Current = allocations.CurrentOn(today) is { } current ? periods[current.Id] : null;
        Upcoming = allocations.Open is { } open && open.StartDate > today ? periods[open.Id] : null;
        HasOpenAllocation = allocations.Open is not null;
        History = allocations.History.Reverse().Select(a => periods[a.Id]).ToList();
    }
}
