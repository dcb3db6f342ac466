using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class ChildSeenModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : Section47EnquiryPageModel(db, record, clock)
{
    [BindProperty]
    public Guid? Version { get; set; }

    /// <summary>"alone", "not-alone" or "not-seen".</summary>
    [BindProperty]
    [Display(Name = "Was the child seen?")]
    public string? Seen { get; set; }

    [BindProperty, DateInput]
    [Display(Name = "Date the child was seen")]
    public DateOnly? SeenOn { get; set; }

    [BindProperty]
    [Display(Name = "Why not alone")]
    public string? NotAloneReason { get; set; }

    [BindProperty]
    [Display(Name = "Why not seen")]
    public string? NotSeenReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid enquiryId)
    {
        if (!await LoadAsync(childId, enquiryId))
        {
            return NotFound();
        }

        Version = Enquiry.Version;
        Seen = Enquiry.ChildSeen switch
        {
            true => Enquiry.ChildSeenAlone ? "alone" : "not-alone",
            false => "not-seen",
            null => null,
        };
        SeenOn = Enquiry.ChildSeenOn;
        NotAloneReason = Enquiry.ChildSeen == true ? Enquiry.NotSeenReason : null;
        NotSeenReason = Enquiry.ChildSeen == false ? Enquiry.NotSeenReason : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid enquiryId)
    {
        if (!await LoadAsync(childId, enquiryId))
        {
            return NotFound();
        }

        if (Seen is not ("alone" or "not-alone" or "not-seen"))
        {
            ModelState.AddModelError(nameof(Seen), "Select whether the child was seen");
        }

        var seen = Seen is "alone" or "not-alone";
        if (Seen == "not-seen")
        {
            // A child not seen has no date seen: whatever was typed there is not asked for.
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(SeenOn), StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }

            SeenOn = null;
        }

        if (seen && SeenOn is null && (ModelState[nameof(SeenOn)]?.Errors.Count ?? 0) == 0)
        {
            ModelState.AddModelError(nameof(SeenOn), "Enter the date the child was seen");
        }

        if (!ModelState.IsValid || ChangedSince(Version))
        {
            return Page();
        }

        var alone = Seen == "alone";
        var reason = Seen == "not-seen" ? NotSeenReason : NotAloneReason;
        var today = Today;
        var rule = Enquiry.CanRecordChildSeen(seen, SeenOn, alone, reason, today);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.Contains("date", StringComparison.OrdinalIgnoreCase) ? nameof(SeenOn)
                : rule.Message.StartsWith("Enter why the child was not seen alone", StringComparison.Ordinal) ? nameof(NotAloneReason)
                : rule.Message.StartsWith("Enter why", StringComparison.Ordinal) ? nameof(NotSeenReason)
                : string.Empty;
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        return await SaveChangeAsync(
            () => Enquiry.RecordChildSeen(seen, SeenOn, alone, reason, today, Change("Child seen during the section 47 enquiry")),
            string.Empty,
            seen ? "Child seen recorded" : "Child not seen recorded",
            EnquiryPath,
            "the section 47 enquiry");
    }
}
