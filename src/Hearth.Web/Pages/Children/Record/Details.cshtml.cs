using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Returns.CinCensus;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record;

public sealed class DetailsModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    public Child Child { get; private set; } = null!;

    /// <summary>The DfE census rules run on the record for <see cref="CensusYear"/>, for the count of issues.</summary>
    public CinChildCheck? Census { get; private set; }

    public string CensusYear { get; private set; } = string.Empty;

    public async Task OnGetAsync(Guid childId)
    {
        Child = await db.Set<Child>().AsNoTracking().AsSplitQuery()
            .Include(c => c.FormerNames).Include(c => c.Aliases).Include(c => c.Addresses)
            .SingleAsync(c => c.Id == childId);
        var year = CinCensusRecordChecks.CurrentYear(WorkingCalendar.LocalDate(clock.GetUtcNow()));
        CensusYear = year.Label;
        Census = await CinCensusRecordChecks.ForChildAsync(db, year, childId);
    }
}
