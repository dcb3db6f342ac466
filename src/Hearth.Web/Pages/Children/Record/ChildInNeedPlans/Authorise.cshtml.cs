using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

public sealed class AuthoriseModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : PlanPageModel(db, record, clock, timescales)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date you authorised the plan")]
    [Display(Name = "Authorisation date")]
    public DateOnly? AuthorisedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        AuthorisedOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        if (!IsTeamManager)
        {
            ModelState.AddModelError(string.Empty, "Only a team manager can authorise a child in need plan");
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        if (!ModelState.IsValid || ChangedSinceOpened())
        {
            return Page();
        }

        var today = Today;
        var rule = Plan.CanAuthorise(Role, AuthorisedOn!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.StartsWith("The authorisation date", StringComparison.Ordinal) ? nameof(AuthorisedOn) : string.Empty, rule.Message);
            return Page();
        }

        return await SaveAsync(() => Plan.Authorise(Role, AuthorisedOn.Value, today, Change()), nameof(AuthorisedOn), "Child in need plan authorised");
    }
}
