using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Data.Children;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.Children.AddAChild;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.FindAChild;

public sealed class IndexModel(HearthDbContext db, ChildAccess access) : PageModel
{
    public const int PageSize = 25;
    internal const string NothingEntered = "Enter a name, date of birth, NHS number, LA child ID or postcode";
    internal const string AdministratorRefusal = "Administrators manage user accounts and cannot see children's records.";

    private static readonly string[] Fields = ["Name", "DateOfBirth.Day", "DateOfBirth.Month", "DateOfBirth.Year", "NhsNumber", "LaChildId", "Postcode"];

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    [DateInput]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "NHS number")]
    public string? NhsNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "LA child ID")]
    public string? LaChildId { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    public int PageNumber { get; private set; } = 1;

    public bool Searched { get; private set; }

    public int Total { get; private set; }

    public int PageCount { get; private set; }

    public bool ReachedLimit { get; private set; }

    public bool CanAddChild { get; private set; }

    public IReadOnlyList<ChildResultRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var user = User.AccessUser();
        if (user is null)
        {
            return Challenge();
        }

        if (user.Role == Role.Administrator)
        {
            return Refusal.View(MetadataProvider, ModelState, "You do not have permission to find a child", AdministratorRefusal);
        }

        CanAddChild = AddAChildAccess.CanAdd(user).IsAllowed;
        Searched = Fields.Any(f => Request.Query.ContainsKey(f));
        if (!Searched)
        {
            return Page();
        }

        var criteria = Validate();
        if (ModelState.ErrorCount > 0 || criteria is null)
        {
            return Page();
        }

        var results = await new ChildSearch(db).FindAsync(criteria, cancellationToken);
        var listed = await ChildResults.ListableAsync(access, user, results.Matches, cancellationToken);
        ReachedLimit = results.ReachedLimit;
        Total = listed.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(pageNumber ?? 1, 1, PageCount);
        var page = listed.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Rows = await ChildResults.RowsAsync(db, access.Today, page, cancellationToken);
        return Page();
    }

    public ChildResultsTable Table => new(
        PageCount > 1 ? $"Children found, best match first (page {PageNumber} of {PageCount})" : "Children found, best match first",
        "Matched on",
        Rows);

    /// <summary>The page numbers to link to: the first, the last, and those either side of the current page; null for a gap.</summary>
    public IEnumerable<int?> PageNumbers()
    {
        int? previous = null;
        foreach (var number in Enumerable.Range(1, PageCount).Where(n => n == 1 || n == PageCount || Math.Abs(n - PageNumber) <= 1))
        {
            if (previous is { } p && number - p > 1)
            {
                yield return null;
            }

            yield return number;
            previous = number;
        }
    }

    public string PageHref(int number)
    {
        var query = Request.Query
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/children" + QueryString.Create(query);
    }

    private ChildSearchCriteria? Validate()
    {
        var name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim();
        if (name is not null && name.Length > PersonName.MaxLength)
        {
            ModelState.AddModelError(nameof(Name), $"Name must be {PersonName.MaxLength} characters or fewer");
        }
        else if (name is not null && ChildSearchText.Words(name).Count == 0)
        {
            ModelState.AddModelError(nameof(Name), "Name must include letters");
        }

        if (DateOfBirth is { } dob && dob > access.Today)
        {
            ModelState.AddModelError(nameof(DateOfBirth), "Date of birth must be today or in the past");
        }

        Domain.Children.NhsNumber? nhsNumber = null;
        if (!string.IsNullOrWhiteSpace(NhsNumber) && !Domain.Children.NhsNumber.TryCreate(NhsNumber, out nhsNumber, out var nhsError))
        {
            ModelState.AddModelError(nameof(NhsNumber), nhsError);
        }

        var laChildId = string.IsNullOrWhiteSpace(LaChildId) ? null : LaChildId.Trim();
        if (laChildId is not null && (!laChildId.All(char.IsAsciiLetterOrDigit) || laChildId.Length > LocalAuthorityChildId.MaxLength))
        {
            ModelState.AddModelError(nameof(LaChildId), $"LA child ID must be {LocalAuthorityChildId.MaxLength} letters and numbers or fewer, with no spaces or symbols");
        }

        PartialPostcode? postcode = null;
        if (!string.IsNullOrWhiteSpace(Postcode))
        {
            if (Domain.Children.Postcode.TryCreate(Postcode, out var full, out _))
            {
                postcode = new PartialPostcode(full.OutwardCode, full.Value[^3..]);
            }
            else if (!Domain.Children.Postcode.TryParsePartial(Postcode, out postcode))
            {
                ModelState.AddModelError(nameof(Postcode), "Enter a real postcode or the start of one, like BS23 or BS23 1");
            }
        }

        var dateEntered = DateOfBirth is not null || ModelState.ContainsKey(nameof(DateOfBirth));
        if (name is null && !dateEntered && string.IsNullOrWhiteSpace(NhsNumber) && laChildId is null && string.IsNullOrWhiteSpace(Postcode))
        {
            ModelState.AddModelError(nameof(Name), NothingEntered);
        }

        return ModelState.ErrorCount == 0
            ? new ChildSearchCriteria { Name = name, DateOfBirth = DateOfBirth, NhsNumber = nhsNumber, LaChildId = laChildId, Postcode = postcode }
            : null;
    }
}
