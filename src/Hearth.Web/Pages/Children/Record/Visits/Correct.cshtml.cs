using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Audit;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Visits;

public sealed class CorrectModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : VisitFormModel(db, record, clock)
{
    [BindProperty]
    [Display(Name = "Reason for the correction")]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public Visit Visit { get; private set; } = null!;

    public IReadOnlyList<ChangeRecord> ChangedSince { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid visitId)
    {
        if (!await LoadAsync(childId, visitId))
        {
            return NotFound();
        }

        Input = VisitInput.From(Visit);
        Version = Visit.Version;
        await LoadWorkersAsync(Visit.VisitorWorkerId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid visitId)
    {
        if (!await LoadAsync(childId, visitId))
        {
            return NotFound();
        }

        await LoadWorkersAsync(Visit.VisitorWorkerId);
        if (Visit.Version != Version)
        {
            ChangedSince = await ChangesSince.LoadAsync(Db, childId, Version);
            ModelState.AddModelError(string.Empty, ChangesSince.Message);
            Version = Visit.Version;
            return Page();
        }

        var today = Today;
        Input.Validate(ModelState, kind => Visit.CanCorrect(
            kind, Input.VisitedOn!.Value, Input.VisitorWorkerId, Input.ChildSeen, Input.ChildSeenAlone, Input.NotSeenReason,
            Input.WishesAndFeelings, Input.Observations, Input.Analysis, Reason, today));
        if (!ModelState.IsValid || !VisitorIsOffered())
        {
            return Page();
        }

        return await SaveChangeAsync(
            () => Visit.Correct(
                Input.ParsedKind!.Value, Input.VisitedOn!.Value, Input.VisitorWorkerId, Input.ChildSeen, Input.ChildSeenAlone,
                Input.NotSeenReason, Input.WishesAndFeelings, Input.Observations, Input.Analysis, today, Change(Reason)),
            string.Empty,
            "Visit corrected",
            $"/children/{childId}/visits/{visitId}",
            "the visit");
    }

    private async Task<bool> LoadAsync(Guid childId, Guid visitId)
    {
        Visit = (await Db.Set<Visit>().SingleOrDefaultAsync(v => v.Id == visitId && v.ChildId == childId))!;
        return Visit is not null;
    }
}
