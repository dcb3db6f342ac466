using Hearth.Data;
using Hearth.Domain.Assessments;
using Hearth.Domain.Calendar;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Assessments;

public sealed class IndexModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales) : PageModel
{
    public ChildRecord Record => record;

    public IReadOnlyList<(ChildAndFamilyAssessment Assessment, TimescaleEvaluation Clock)> Assessments { get; private set; } = [];

    public ChildInNeedEpisode? OpenEpisode { get; private set; }

    public bool CanStart => Record.CanEdit && OpenEpisode is not null && !Assessments.Any(a => a.Assessment.EpisodeId == OpenEpisode.Id && !a.Assessment.IsAuthorised);

    public async Task OnGetAsync(Guid childId)
    {
        var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
        OpenEpisode = await db.Set<ChildInNeedEpisode>().AsNoTracking().SingleOrDefaultAsync(e => e.ChildId == childId && e.ClosureDate == null);
        var assessments = await db.Set<ChildAndFamilyAssessment>().AsNoTracking().Where(a => a.ChildId == childId).ToListAsync();
        Assessments = [.. assessments.OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).Select(a => (a, a.Evaluate(timescales, today)))];
    }
}
