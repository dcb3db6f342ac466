using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Referrals;

public sealed class NewModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the referral date")]
    [Display(Name = "Referral date")]
    public DateOnly? ReferralDate { get; set; }

    [BindProperty]
    [Display(Name = "Source")]
    public string? SourceCode { get; set; }

    [BindProperty]
    [Display(Name = "Primary need")]
    public string? PrimaryNeedCode { get; set; }

    public IActionResult OnGet()
    {
        ReferralDate = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        if (!ReferralSource.TryCreate(SourceCode, out var source, out var sourceError))
        {
            ModelState.AddModelError(nameof(SourceCode), string.IsNullOrWhiteSpace(SourceCode) ? "Select the source of the referral" : sourceError);
        }

        if (!PrimaryNeed.TryCreate(PrimaryNeedCode, out var need, out var needError))
        {
            ModelState.AddModelError(nameof(PrimaryNeedCode), needError);
        }

        if (!ModelState.IsValid || source is null || need is null)
        {
            return Page();
        }

        var today = Today;
        var episodes = await Db.Set<ChildInNeedEpisode>().Where(e => e.ChildId == childId).ToListAsync();
        var rule = ChildInNeedEpisode.CanOpen(ReferralDate!.Value, episodes, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.Contains("open", StringComparison.Ordinal) ? string.Empty : nameof(ReferralDate), rule.Message);
            return Page();
        }

        try
        {
            return await SaveChangeAsync(
                () => Db.Add(ChildInNeedEpisode.Open(childId, ReferralDate.Value, source, need, null, episodes, today, Change("Referral recorded"))),
                nameof(ReferralDate),
                "Referral recorded",
                $"/children/{childId}/referrals",
                "the child's referrals");
        }
        catch (DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            if (!await Db.Set<ChildInNeedEpisode>().AnyAsync(e => e.ChildId == childId && e.ClosureDate == null))
            {
                throw;
            }

            ModelState.AddModelError(string.Empty, "Someone else recorded a referral for this child while you were editing. Check the child's referrals, then try again.");
            return Page();
        }
    }
}
