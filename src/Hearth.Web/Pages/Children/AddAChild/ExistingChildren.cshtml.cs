using Hearth.Data;
using Hearth.Data.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Pages.Children.FindAChild;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.AddAChild;

public sealed class ExistingChildrenModel(HearthDbContext db, ChildAccess access) : AddAChildPageModel(db, access)
{
    public const int MostShown = 25;

    public IReadOnlyList<ChildResultRow> Rows { get; private set; } = [];

    public ChildResultsTable Table => new("Children who could be the same child", "Why they are shown", Rows);

    public string SearchedFor { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Journey.Name() is not { } name)
        {
            return Redirect(StartPath);
        }

        SearchedFor = name.FullName;
        var search = new ChildSearch(Db);
        var duplicates = await PossibleDuplicatesAsync(cancellationToken, includeNhsNumber: false);
        var described = await search.DescribeAsync(duplicates.Select(d => d.ChildId).ToList(), cancellationToken);
        var sameDay = described.Select(m => m with { MatchedOn = duplicates.Single(d => d.ChildId == m.ChildId).Reasons }).ToList();

        var firstGivenName = name.GivenNames.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var byName = await search.FindAsync(new ChildSearchCriteria { Name = $"{firstGivenName} {name.FamilyName}" }, cancellationToken);
        var matches = sameDay.Concat(byName.Matches.Where(m => sameDay.All(d => d.ChildId != m.ChildId))).ToList();

        var listed = await ChildResults.ListableAsync(Access, CurrentUser, matches, cancellationToken);
        Rows = await ChildResults.RowsAsync(Db, Today, listed.Take(MostShown).ToList(), cancellationToken);
        return Page();
    }
}
