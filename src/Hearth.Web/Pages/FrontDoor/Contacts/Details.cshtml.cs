using Hearth.Data;
using Hearth.Data.FrontDoor;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Pages.FrontDoor.Contacts;

public sealed class DetailsModel(HearthDbContext db, ChildAccess access, TimeProvider clock, Timescales timescales, IOptions<FrontDoorOptions> options)
    : ContactPageModel(db, access, clock, timescales)
{
    public IReadOnlyList<Contact> Chain { get; private set; } = [];

    public LevelOfNeedFramework Levels => options.Value.LevelsOfNeed;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        Chain = await Db.ChainAsync(Contact.ChainId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        var rule = Contact.CanReopen();
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(string.Empty, rule.Message!);
            Chain = await Db.ChainAsync(Contact.ChainId, cancellationToken);
            return Page();
        }

        if (!await TrySaveAsync(() => Contact.Reopen(Change("Information gathered")), string.Empty, cancellationToken))
        {
            Chain = await Db.ChainAsync(Contact.ChainId, cancellationToken);
            return Page();
        }

        TempData["Notification"] = "Contact reopened. Its clock still runs from when it was first received";
        return Redirect($"/front-door/contacts/{id}");
    }
}
