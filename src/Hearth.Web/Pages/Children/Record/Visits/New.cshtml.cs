using Hearth.Data;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Visits;

public sealed class NewModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : VisitFormModel(db, record, clock)
{
    public async Task<IActionResult> OnGetAsync()
    {
        Input = new VisitInput { VisitedOn = Today, VisitorWorkerId = User.WorkerIdOf() };
        await LoadWorkersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        await LoadWorkersAsync();
        var today = Today;
        Input.Validate(ModelState, _ => Visit.CanRecord(Input.VisitedOn!.Value, Input.ChildSeen, Input.ChildSeenAlone, Input.NotSeenReason, today));
        if (!ModelState.IsValid || !VisitorIsOffered())
        {
            return Page();
        }

        return await SaveChangeAsync(
            () => Db.Add(Visit.Record(
                childId, Input.ParsedKind!.Value, Input.VisitedOn!.Value, Input.VisitorWorkerId, Input.ChildSeen, Input.ChildSeenAlone,
                Input.NotSeenReason, Input.WishesAndFeelings, Input.Observations, Input.Analysis, today, Change())),
            string.Empty,
            "Visit recorded",
            $"/children/{childId}/visits",
            "the child's visits");
    }
}
