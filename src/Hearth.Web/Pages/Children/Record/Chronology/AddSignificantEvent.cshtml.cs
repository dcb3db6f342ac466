using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Chronology;

public sealed class AddSignificantEventModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the event")]
    [Display(Name = "Date of the event")]
    public DateOnly? OccurredOn { get; set; }

    [BindProperty]
    [Display(Name = "What happened")]
    public string? What { get; set; }

    [BindProperty]
    [Display(Name = "Source of the information")]
    public string? Source { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var today = Today;
        if (OccurredOn is { } occurredOn && SignificantEvent.CanAdd(occurredOn, What, Source, today).Message is { } message)
        {
            ModelState.AddModelError(message switch
            {
                _ when message.Contains("date", StringComparison.Ordinal) => nameof(OccurredOn),
                _ when message.Contains("happened", StringComparison.Ordinal) => nameof(What),
                _ => nameof(Source),
            }, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await SaveChangeAsync(
            () => Db.Add(SignificantEvent.Add(childId, OccurredOn!.Value, What!, Source!, today, Change())),
            string.Empty,
            "Significant event added to the chronology",
            $"/children/{childId}/chronology",
            "the child's chronology");
    }
}
