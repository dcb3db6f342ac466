using Hearth.Data;
using Hearth.Domain.Access;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Family;

public sealed class IndexModel(HearthDbContext db, ChildRecord record, ChildAccess access) : PageModel
{
    public ChildRecord Record => record;

    [BindProperty(SupportsGet = true)]
    public bool ShowEnded { get; set; }

    public IReadOnlyList<RelatedPerson> CurrentRelationships { get; private set; } = [];

    public IReadOnlyList<RelatedPerson> EndedRelationships { get; private set; } = [];

    public IReadOnlyList<InvolvedProfessional> CurrentProfessionals { get; private set; } = [];

    public IReadOnlyList<InvolvedProfessional> EndedProfessionals { get; private set; } = [];

    /// <summary>The linked children's records this user may open; others are not linked, so a restricted record stays hidden.</summary>
    public IReadOnlySet<Guid> VisibleChildIds { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync(Guid childId)
    {
        var child = await db.Set<Child>().AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == childId);
        CurrentRelationships = child.Relationships.Where(r => r.IsCurrent).OrderBy(r => r.StartDate).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        EndedRelationships = child.Relationships.Where(r => !r.IsCurrent).OrderByDescending(r => r.EndDate).ToList();
        CurrentProfessionals = child.Professionals.Where(p => p.IsCurrent).OrderBy(p => p.FromDate).ToList();
        EndedProfessionals = child.Professionals.Where(p => !p.IsCurrent).OrderByDescending(p => p.ToDate).ToList();

        var linked = child.Relationships.Where(r => r.RelatedChildId is not null).Select(r => r.RelatedChildId!.Value).Distinct().ToList();
        if (linked.Count > 0 && User.AccessUser() is { } user)
        {
            var children = await access.LoadManyAsync(linked);
            VisibleChildIds = children.Values.Where(c => AccessPolicy.CanView(user, c).IsAllowed).Select(c => c.ChildId).ToHashSet();
        }
    }
}
