using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Caseload;

public sealed class IndexModel(HearthDbContext db, ChildAccess access) : PageModel
{
    /// <summary>Null when the signed-in person is not linked to a worker, so has no caseload.</summary>
    public WorkerCaseload? Caseload { get; private set; }

    public async Task OnGetAsync()
    {
        if (User.WorkerIdOf() is { } workerId && User.AccessUser() is { } viewer)
        {
            Caseload = await WorkerCaseload.LoadAsync(db, access, viewer, workerId);
        }
    }
}
