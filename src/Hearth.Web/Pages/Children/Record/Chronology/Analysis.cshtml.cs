using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Chronology;

public sealed class AnalysisModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    [BindProperty]
    [Display(Name = "Analysis of the chronology")]
    public string? Text { get; set; }

    /// <summary>The analysis that was current when the form was opened, so a newer one written meanwhile is not silently replaced.</summary>
    [BindProperty]
    public Guid? CurrentId { get; set; }

    /// <summary>Every analysis, newest first: the first is the current one.</summary>
    public IReadOnlyList<ChronologyAnalysis> History { get; private set; } = [];

    public ChronologyAnalysis? Current => History.Count > 0 ? History[0] : null;

    public async Task OnGetAsync(Guid childId)
    {
        await LoadAsync(childId);
        Text = Current?.Text;
        CurrentId = Current?.Id;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        await LoadAsync(childId);
        if (Current is not null && Current.Id != CurrentId)
        {
            ModelState.AddModelError(nameof(Text), $"{Current.AuthorName} wrote a new analysis while you were editing. Read it in the history below, then save yours again.");
            CurrentId = Current.Id;
            return Page();
        }

        if (ChronologyAnalysis.CanWrite(Text, Current).Message is { } message)
        {
            ModelState.AddModelError(nameof(Text), message);
            return Page();
        }

        return await SaveChangeAsync(
            () => Db.Add(ChronologyAnalysis.Write(childId, Text!, Current, Change())),
            nameof(Text),
            "Analysis of the chronology saved",
            $"/children/{childId}/chronology",
            "the chronology's analysis");
    }

    private async Task LoadAsync(Guid childId)
    {
        var analyses = await Db.Set<ChronologyAnalysis>().AsNoTracking().Where(a => a.ChildId == childId).ToListAsync();
        History = [.. analyses.OrderByDescending(a => a.WrittenAt)];
    }
}
