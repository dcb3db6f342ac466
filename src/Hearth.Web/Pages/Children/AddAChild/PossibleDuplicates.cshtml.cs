using Hearth.Data;
using Hearth.Data.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Pages.Children.FindAChild;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.AddAChild;

public sealed class PossibleDuplicatesModel(HearthDbContext db, ChildAccess access) : AddAChildPageModel(db, access)
{
    internal const string NotConfirmed = "Select ‘This is a different child’ if you have checked they are not one of these children, or open the child's record";

    [BindProperty]
    public bool DifferentChild { get; set; }

    public IReadOnlyList<ChildResultRow> Rows { get; private set; } = [];

    public ChildResultsTable Table => new("Children who may be the same child", "Why they may be the same child", Rows);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var duplicates = await LoadAsync(cancellationToken);
        return duplicates == 0 ? await NextAsync(cancellationToken) : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var duplicates = await PossibleDuplicatesAsync(cancellationToken);
        if (!DifferentChild)
        {
            ModelState.AddModelError(nameof(DifferentChild), NotConfirmed);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Save(Journey with { ConfirmedDifferentFrom = duplicates.Select(d => d.ChildId).ToList() });
        return await NextAsync(cancellationToken);
    }

    private async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var duplicates = await PossibleDuplicatesAsync(cancellationToken);
        var described = await new ChildSearch(Db).DescribeAsync(duplicates.Select(d => d.ChildId).ToList(), cancellationToken);
        var matches = described.Select(m => m with { MatchedOn = duplicates.Single(d => d.ChildId == m.ChildId).Reasons }).ToList();
        var listed = await ChildResults.ListableAsync(Access, CurrentUser, matches, cancellationToken);
        Rows = await ChildResults.RowsAsync(Db, Today, listed, cancellationToken);
        return duplicates.Count;
    }
}
