using Hearth.Data;
using Hearth.Domain.Access;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Infrastructure.Navigation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages;

public sealed class IndexModel(HearthDbContext db, TimeProvider clock, ServiceNavigation navigation) : PageModel
{
    public IReadOnlyList<ServiceNavigationItem> Sections { get; private set; } = [];

    public int? CaseloadCount { get; private set; }

    public string RoleName { get; private set; } = string.Empty;

    public async Task OnGetAsync()
    {
        Sections = navigation.ItemsFor(User);
        RoleName = User.HearthRole()?.DisplayName ?? string.Empty;
        if (User.WorkerIdOf() is { } workerId && User.HearthRole() is { HoldsCases: true })
        {
            var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
            CaseloadCount = await db.Set<Allocation>().AsNoTracking()
                .CountAsync(a => a.WorkerId == workerId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today));
        }
    }

    public static string Describe(ServiceNavigationItem section) => section.Href switch
    {
        "/children" => "Search for a child by name, date of birth, NHS number, ID or postcode, or add a new child.",
        "/my-work" => "What is overdue, due today and due soon on the children allocated to you.",
        "/caseload" => "The children allocated to you.",
        "/team" => "Your team's caseloads and the children waiting to be allocated.",
        "/team/work" => "Each worker's overdue work, with a drill-down to each child.",
        "/front-door" => "Contacts waiting for a decision, by the time they have waited since first received.",
        "/access-log" => "Who has looked at children's records, and who was refused.",
        _ => string.Empty,
    };
}
