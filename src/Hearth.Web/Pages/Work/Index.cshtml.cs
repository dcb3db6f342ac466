using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Work;

/// <summary>My work: what is overdue, due today and due soon on the children allocated to me, from every timescale.</summary>
public sealed class IndexModel(HearthDbContext db, ChildAccess access, Timescales timescales, TimeProvider clock) : PageModel
{
    /// <summary>Null when the signed-in person is not linked to a worker, so has no work list.</summary>
    public WorkView? Work { get; private set; }

    public async Task OnGetAsync()
    {
        if (User.WorkerIdOf() is { } workerId && User.AccessUser() is { } viewer)
        {
            Work = await WorkView.ForWorkersAsync(db, access, viewer, [workerId], timescales, clock.GetUtcNow());
        }
    }
}
