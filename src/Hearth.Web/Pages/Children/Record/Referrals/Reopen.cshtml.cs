using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Referrals;

public sealed class ReopenModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : EpisodePageModel(db, record, clock)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the reason for reopening the episode")]
    [StringLength(ChildInNeedEpisode.MaxReasonLength, ErrorMessage = "The reason must be 1000 characters or fewer")]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid episodeId) =>
        await LoadAsync(childId, episodeId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid episodeId)
    {
        if (!await LoadAsync(childId, episodeId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var rule = Episode.CanReopen(Reason, ChildsEpisodes);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.StartsWith("Enter", StringComparison.Ordinal) ? nameof(Reason) : string.Empty, rule.Message);
            return Page();
        }

        return await SaveChangeAsync(
            () => Episode.Reopen(Reason!, ChildsEpisodes, Change(Reason)),
            nameof(Reason),
            "Child in need episode reopened",
            $"/children/{childId}/referrals",
            "the child's referrals");
    }
}
