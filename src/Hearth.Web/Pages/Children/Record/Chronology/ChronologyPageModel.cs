using Hearth.Data;
using Hearth.Data.Chronology;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Chronology;

/// <summary>A page that shows the child's chronology, filtered as the GET form asks, with the current analysis of it.</summary>
public abstract class ChronologyPageModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    [BindProperty(SupportsGet = true)]
    public ChronologyFilter Filter { get; set; } = new();

    public IReadOnlyList<ChronologyEntry> Entries { get; private set; } = [];

    public int TotalEntries { get; private set; }

    public ChronologyAnalysis? Analysis { get; private set; }

    protected HearthDbContext Db => db;

    protected async Task LoadAsync(Guid childId)
    {
        var entries = await ChildChronology.ForChildAsync(db, childId, HttpContext.RequestAborted);
        TotalEntries = entries.Count;
        Entries = Filter.Apply(entries);
        Analysis = await CurrentAnalysisAsync(db, childId);
    }

    internal static async Task<ChronologyAnalysis?> CurrentAnalysisAsync(HearthDbContext db, Guid childId) =>
        (await db.Set<ChronologyAnalysis>().AsNoTracking().Where(a => a.ChildId == childId).ToListAsync()).MaxBy(a => a.WrittenAt);
}
