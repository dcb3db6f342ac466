using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.AddAChild;

public sealed class NameModel(HearthDbContext db, ChildAccess access) : AddAChildPageModel(db, access)
{
    [BindProperty]
    [Display(Name = "Given names")]
    public string? GivenNames { get; set; }

    [BindProperty]
    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [BindProperty]
    [Display(Name = "Preferred name")]
    public string? PreferredName { get; set; }

    public void OnGet()
    {
        GivenNames = Journey.GivenNames;
        FamilyName = Journey.FamilyName;
        PreferredName = Journey.PreferredName;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = AddAChildAnswers.CheckName(ModelState, GivenNames, FamilyName, PreferredName);
        if (name is null)
        {
            return Page();
        }

        Save(Journey.Answer(AddAChildStep.Name) with
        {
            GivenNames = name.GivenNames,
            FamilyName = name.FamilyName,
            PreferredName = name.PreferredName,
        });
        return await NextAsync(cancellationToken);
    }
}
