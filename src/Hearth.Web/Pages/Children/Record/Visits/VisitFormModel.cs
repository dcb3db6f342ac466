using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Visits;

/// <summary>A page with the visit form: what was typed, and the workers to choose the visitor from.</summary>
public abstract class VisitFormModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    [BindProperty]
    public VisitInput Input { get; set; } = new();

    public IReadOnlyList<WorkerChoice> Workers { get; private set; } = [];

    protected async Task LoadWorkersAsync(Guid? alsoKeep = null) =>
        Workers = await WorkerChoice.LoadAsync(Db, Today, Input.VisitorWorkerId, alsoKeep);

    /// <summary>Whether the chosen visitor is one of the workers offered; otherwise says so against the field.</summary>
    protected bool VisitorIsOffered()
    {
        if (Input.VisitorWorkerId is not { } id || Workers.Any(w => w.Id == id))
        {
            return true;
        }

        ModelState.AddModelError($"Input.{nameof(VisitInput.VisitorWorkerId)}", "Select who visited from the list");
        return false;
    }
}
