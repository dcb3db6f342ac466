using Hearth.Data;
using Hearth.Domain.Audit;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Visits;

public sealed class ViewModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    public Visit Visit { get; private set; } = null!;

    public string? Visitor { get; private set; }

    public IReadOnlyList<ChangeRecord> Corrections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid visitId)
    {
        if (await db.Set<Visit>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == visitId && v.ChildId == childId) is not { } visit)
        {
            return NotFound();
        }

        Visit = visit;
        Visitor = visit.VisitorWorkerId is { } id ? (await WorkerChoice.NamesAsync(db, [id])).GetValueOrDefault(id) : null;
        var changes = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.ChildId == childId && c.EntityType == nameof(Domain.Recording.Visit) && c.EntityId == visitId)
            .ToListAsync();
        Corrections = [.. changes.OrderByDescending(c => c.OccurredAt)];
        return Page();
    }
}
