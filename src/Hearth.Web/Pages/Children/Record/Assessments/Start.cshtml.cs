using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Assessments;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Assessments;

public sealed class StartModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the assessment started")]
    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    public ChildInNeedEpisode? Episode { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid childId)
    {
        Episode = await OpenEpisodeAsync(childId);
        StartDate = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        Episode = await OpenEpisodeAsync(childId);
        if (!ModelState.IsValid || Episode is null)
        {
            return Page();
        }

        var today = Today;
        var existing = await Db.Set<ChildAndFamilyAssessment>().Where(a => a.EpisodeId == Episode.Id).ToListAsync();
        var rule = ChildAndFamilyAssessment.CanStart(Episode, StartDate!.Value, existing, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.StartsWith("The start date", StringComparison.Ordinal) ? nameof(StartDate) : string.Empty, rule.Message);
            return Page();
        }

        var started = ChildAndFamilyAssessment.Start(Episode, StartDate.Value, existing, today, Change("Child and family assessment started"));
        return await SaveChangeAsync(
            () => Db.Add(started),
            nameof(StartDate),
            "Child and family assessment started",
            $"/children/{childId}/assessments/{started.Id}",
            "the child's assessments");
    }

    private Task<ChildInNeedEpisode?> OpenEpisodeAsync(Guid childId) =>
        Db.Set<ChildInNeedEpisode>().SingleOrDefaultAsync(e => e.ChildId == childId && e.ClosureDate == null);
}
