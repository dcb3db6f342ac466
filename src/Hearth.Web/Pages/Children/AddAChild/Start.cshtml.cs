using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.AddAChild;

public sealed class StartModel(HearthDbContext db, ChildAccess access, TimeProvider clock) : AddAChildPageModel(db, access)
{
    protected override bool NeedsJourney => false;

    [BindProperty]
    [Display(Name = "Given names")]
    public string? GivenNames { get; set; }

    [BindProperty]
    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [BindProperty]
    public string? Born { get; set; }

    [BindProperty]
    [DateInput]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [BindProperty]
    [DateInput]
    [Display(Name = "Expected date of birth")]
    public DateOnly? ExpectedDateOfBirth { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        var name = AddAChildAnswers.CheckName(ModelState, GivenNames, FamilyName, null);
        AddAChildAnswers.CheckBirth(ModelState, Born, DateOfBirth, ExpectedDateOfBirth, name, Today);
        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var journey = new AddAChildJourney
        {
            Id = Guid.CreateVersion7(now),
            AccountId = CurrentUser.AccountId,
            StartedAt = now,
            GivenNames = name!.GivenNames,
            FamilyName = name.FamilyName,
            IsBorn = Born == AddAChildAnswers.Yes,
            DateOfBirth = Born == AddAChildAnswers.Yes ? DateOfBirth : null,
            ExpectedDateOfBirth = Born == AddAChildAnswers.No ? ExpectedDateOfBirth : null,
        };
        Save(journey);
        return Redirect($"{journey.BasePath}/existing-children");
    }
}
