using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.EditDetails;

public sealed class RecordBirthModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    [BindProperty]
    [DateInput]
    [Required(ErrorMessage = "Enter the date of birth")]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [BindProperty]
    [Display(Name = "Sex")]
    public string? Sex { get; set; }

    public bool AlreadyBorn { get; private set; }

    public async Task OnGetAsync(Guid childId)
    {
        var child = await Db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId);
        AlreadyBorn = !child.IsUnborn;
        Sex = child.Sex == Domain.Children.Sex.Unknown ? null : child.Sex.Code;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var child = await Db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        AlreadyBorn = !child.IsUnborn;
        if (AlreadyBorn)
        {
            return Page();
        }

        if (!Domain.Children.Sex.TryCreate(Sex, out var sex, out var sexError))
        {
            ModelState.AddModelError(nameof(Sex), sexError);
        }

        if (ModelState.ErrorCount > 0 || sex is null)
        {
            return Page();
        }

        var today = Today;
        var rule = child.CanRecordBirth(DateOfBirth!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(DateOfBirth), rule.Message!);
            return Page();
        }

        return await SaveChangeAsync(
            () => child.RecordBirth(DateOfBirth.Value, sex, today, Change()),
            nameof(DateOfBirth),
            "The child's birth has been recorded",
            $"/children/{childId}",
            "the child's details");
    }
}
