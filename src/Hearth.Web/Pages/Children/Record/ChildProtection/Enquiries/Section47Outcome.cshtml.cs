using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class Section47OutcomeModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : Section47EnquiryPageModel(db, record, clock)
{
    [BindProperty]
    public Guid? Version { get; set; }

    /// <summary>"yes" or "no".</summary>
    [BindProperty]
    [Display(Name = "Were the concerns substantiated?")]
    public string? Substantiated { get; set; }

    [BindProperty]
    [Display(Name = "Outcome")]
    public Section47Outcome? Outcome { get; set; }

    [BindProperty]
    [Display(Name = "Reasons for the outcome")]
    public string? Reasons { get; set; }

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the enquiry was completed")]
    [Display(Name = "Completion date")]
    public DateOnly? CompletedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid enquiryId)
    {
        if (!await LoadAsync(childId, enquiryId))
        {
            return NotFound();
        }

        Version = Enquiry.Version;
        CompletedOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid enquiryId)
    {
        if (!await LoadAsync(childId, enquiryId))
        {
            return NotFound();
        }

        bool? substantiated = Substantiated switch { "yes" => true, "no" => false, _ => null };
        if (substantiated is null)
        {
            ModelState.AddModelError(nameof(Substantiated), "Select whether the concerns were substantiated");
        }

        if (Outcome is null)
        {
            ModelState.AddModelError(nameof(Outcome), "Select the outcome of the enquiry");
        }

        if (string.IsNullOrWhiteSpace(Reasons))
        {
            ModelState.AddModelError(nameof(Reasons), "Enter the reasons for the outcome");
        }

        if (!ModelState.IsValid || ChangedSince(Version))
        {
            return Page();
        }

        var today = Today;
        var rule = Enquiry.CanRecordOutcome(substantiated, Outcome, Reasons, CompletedOn!.Value, today);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.Contains("completion date", StringComparison.OrdinalIgnoreCase) ? nameof(CompletedOn)
                : rule.Message.Contains("conference", StringComparison.Ordinal) ? nameof(Outcome)
                : rule.Message.Contains("reasons", StringComparison.Ordinal) ? nameof(Reasons)
                : string.Empty;
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        return await SaveChangeAsync(
            () => Enquiry.RecordOutcome(substantiated!.Value, Outcome!.Value, Reasons!, CompletedOn.Value, today, Change("Section 47 enquiry outcome")),
            string.Empty,
            $"Outcome recorded: {Outcome!.Value.DisplayName}",
            EnquiryPath,
            "the section 47 enquiry");
    }
}
