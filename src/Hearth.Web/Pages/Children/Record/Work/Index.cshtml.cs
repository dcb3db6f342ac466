using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Pages.Work;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.Record.Work;

/// <summary>Everything open on the child's record with a due date, from every timescale, whoever it is for.</summary>
public sealed class IndexModel(HearthDbContext db, ChildRecord record, Timescales timescales, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    public WorkView Work { get; private set; } = null!;

    public async Task OnGetAsync(Guid childId) =>
        Work = await WorkView.ForChildAsync(db, childId, record.Summary.Name, timescales, clock.GetUtcNow());
}
