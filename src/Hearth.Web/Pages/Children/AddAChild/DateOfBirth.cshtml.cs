using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.AddAChild;

public sealed class DateOfBirthModel(HearthDbContext db, ChildAccess access) : AddAChildPageModel(db, access)
{
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
        Born = Journey.IsBorn switch
        {
            true => AddAChildAnswers.Yes,
            false => AddAChildAnswers.No,
            null => null,
        };
        DateOfBirth = Journey.DateOfBirth;
        ExpectedDateOfBirth = Journey.ExpectedDateOfBirth;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AddAChildAnswers.CheckBirth(ModelState, Born, DateOfBirth, ExpectedDateOfBirth, Journey.Name(), Today) || ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var born = Born == AddAChildAnswers.Yes;
        Save(Journey.Answer(AddAChildStep.DateOfBirth) with
        {
            IsBorn = born,
            DateOfBirth = born ? DateOfBirth : null,
            ExpectedDateOfBirth = born ? null : ExpectedDateOfBirth,
        });
        return await NextAsync(cancellationToken);
    }
}
