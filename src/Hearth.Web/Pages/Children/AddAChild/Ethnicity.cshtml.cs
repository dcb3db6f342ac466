using Hearth.Data;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.AddAChild;

public sealed class EthnicityModel(HearthDbContext db, ChildAccess access) : AddAChildPageModel(db, access)
{
    /// <summary>The DfE ethnicity codes under the 2011 census group headings their first letter stands for.</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<Ethnicity> Codes)> Groups { get; } =
    [
        ("White", Ethnicity.All.Where(e => e.Code.StartsWith('W')).ToList()),
        ("Mixed or multiple ethnic groups", Ethnicity.All.Where(e => e.Code.StartsWith('M')).ToList()),
        ("Asian or Asian British", Ethnicity.All.Where(e => e.Code.StartsWith('A')).ToList()),
        ("Black, Black British, Caribbean or African", Ethnicity.All.Where(e => e.Code.StartsWith('B')).ToList()),
        ("Other ethnic group", Ethnicity.All.Where(e => e.Code is "CHNE" or "OOTH").ToList()),
        ("Not known", Ethnicity.All.Where(e => e.Code is "REFU" or "NOBT").ToList()),
    ];

    [BindProperty]
    public string? EthnicityCode { get; set; }

    public string? Error => ModelState.TryGetValue(nameof(EthnicityCode), out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    public void OnGet() => EthnicityCode = Journey.EthnicityCode;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Ethnicity.TryCreate(EthnicityCode, out var ethnicity, out _))
        {
            ModelState.AddModelError(nameof(EthnicityCode), "Select the child's ethnicity");
            return Page();
        }

        Save(Journey.Answer(AddAChildStep.Ethnicity) with { EthnicityCode = ethnicity.Code });
        return await NextAsync(cancellationToken);
    }
}
