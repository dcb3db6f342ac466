using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

public sealed class ViewModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : PlanPageModel(db, record, clock, timescales)
{
    public DateOnly TodayInEngland => Today;

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId) =>
        await LoadAsync(childId, planId) ? Page() : NotFound();
}
