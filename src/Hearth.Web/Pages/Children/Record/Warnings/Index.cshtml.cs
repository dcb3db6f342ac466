using Hearth.Data;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Warnings;

public sealed class IndexModel(HearthDbContext db, ChildRecord record, ChildAccess access) : PageModel
{
    public ChildRecord Record => record;

    public DateOnly Today => access.Today;

    public IReadOnlyList<WorkerSafetyWarning> Active { get; private set; } = [];

    public IReadOnlyList<WorkerSafetyWarning> Ended { get; private set; } = [];

    public async Task OnGetAsync(Guid childId)
    {
        var child = await db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId);
        Active = child.Warnings.Where(w => w.IsActive).OrderBy(w => w.ReviewDate).ThenBy(w => w.RaisedOn).ToList();
        Ended = child.Warnings.Where(w => !w.IsActive).OrderByDescending(w => w.EndedOn).ToList();
    }
}

/// <summary>One warning as a summary card, with review and end links when the person may edit.</summary>
public sealed record WarningCard(WorkerSafetyWarning Warning, DateOnly Today, bool CanEdit, string BasePath);
