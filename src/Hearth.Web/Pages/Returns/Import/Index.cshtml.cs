using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Import;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Returns.Import;

[RequestSizeLimit(IndexModel.RequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = IndexModel.RequestLimitBytes)]
public sealed class IndexModel(HearthDbContext db, TimeProvider clock, Timescales timescales) : PageModel
{
    /// <summary>A large local authority's census is a few megabytes; this leaves ample room.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    public const long RequestLimitBytes = MaxFileBytes + (5L * 1024 * 1024);

    private const string SummaryKey = "CinImportSummary";

    [BindProperty]
    [Display(Name = "CIN census file")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Collection year")]
    public string? Year { get; set; } = CinCollectionYear.Supported[^1].Label;

    public IReadOnlyList<CinCensusImportProblem> Problems { get; private set; } = [];

    public string? ProblemFileName { get; private set; }

    public IReadOnlyList<string> Summary { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        Summary = TempData[SummaryKey] is string summary ? summary.Split('\n') : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        if (!CinCollectionYear.TryParse(Year, out var year, out _))
        {
            ModelState.AddModelError(nameof(Year), "Select the collection year");
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CIN census file");
        }
        else if (Upload.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), string.Create(CultureInfo.InvariantCulture, $"The selected file must be smaller than {MaxFileBytes / (1024 * 1024)} MB"));
        }
        else if (!Upload.FileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Upload), "The selected file must be an XML file");
        }

        if (!ModelState.IsValid || year is null || Upload is null)
        {
            return Page();
        }

        var fileName = Path.GetFileName(Upload.FileName);
        var request = new CinCensusImportRequest(year, fileName, User.AccountId(), User.DisplayName(), clock.GetUtcNow(), timescales);
        CinCensusImportResult result;
        await using (var stream = Upload.OpenReadStream())
        {
            result = await CinCensusImport.RunAsync(db, stream, request, cancellationToken: cancellationToken);
        }

        if (!result.Imported)
        {
            Problems = result.Problems;
            ProblemFileName = fileName;
            ModelState.AddModelError(
                nameof(Upload),
                string.Create(CultureInfo.InvariantCulture, $"{fileName} could not be imported: put right the {(Problems.Count == 1 ? "problem" : $"{Problems.Count} problems")} below and upload it again. Nothing was imported"));
            return Page();
        }

        TempData["Notification"] = result.Summary.EverythingAlreadyInHearth ? $"Everything in {fileName} is already in Hearth: nothing was changed"
            : result.Summary.ChangedNothing ? $"Nothing from {fileName} was added: what was left out is listed below"
            : $"{fileName} imported";
        TempData[SummaryKey] = string.Join('\n', CinCensusImportReport.SummaryLines(result.Summary));
        return RedirectToPage();
    }

    private ViewResult? Refused() =>
        User.HearthRole() == Role.DataOfficer
            ? null
            : Refusal.View(MetadataProvider, ModelState, "You cannot import a CIN census", "Only a data officer can import a CIN census.");
}
