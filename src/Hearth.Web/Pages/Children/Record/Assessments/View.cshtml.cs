using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Assessments;

public sealed class ViewModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : AssessmentPageModel(db, record, clock, timescales)
{
    public async Task<IActionResult> OnGetAsync(Guid childId, Guid assessmentId) =>
        await LoadAsync(childId, assessmentId) ? Page() : NotFound();
}
