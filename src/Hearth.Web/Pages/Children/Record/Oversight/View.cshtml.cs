using Hearth.Data;
using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Pages.Children.Record.Visits;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Oversight;

public sealed class ViewModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : OversightPageModel(db, record, clock)
{
    public IReadOnlyDictionary<Guid, string> WorkerNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<OversightAction> Actions => [.. Oversight.Actions.OrderBy(a => a.Number)];

    public TimescaleStatus StatusOf(OversightAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Timescale.StatusOfSetDate(action.DueDate, metOn: null, Today);
    }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid oversightId)
    {
        if (!await LoadAsync(childId, oversightId))
        {
            return NotFound();
        }

        WorkerNames = await WorkerChoice.NamesAsync(Db, Oversight.Actions.Select(a => (Guid?)a.WorkerId));
        return Page();
    }
}
