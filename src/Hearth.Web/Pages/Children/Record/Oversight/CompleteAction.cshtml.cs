using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Audit;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Oversight;

public sealed class CompleteActionModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : OversightPageModel(db, record, clock)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the action was done")]
    [Display(Name = "Date the action was done")]
    public DateOnly? CompletedOn { get; set; }

    [BindProperty]
    [Display(Name = "What was done")]
    public string? Note { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public OversightAction Action { get; private set; } = null!;

    public IReadOnlyList<ChangeRecord> ChangedSince { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid oversightId, Guid actionId)
    {
        if (!await LoadActionAsync(childId, oversightId, actionId))
        {
            return NotFound();
        }

        CompletedOn = Today;
        Version = Oversight.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid oversightId, Guid actionId)
    {
        if (!await LoadActionAsync(childId, oversightId, actionId))
        {
            return NotFound();
        }

        if (Oversight.Version != Version)
        {
            ChangedSince = await ChangesSince.LoadAsync(Db, childId, Version);
            ModelState.AddModelError(string.Empty, ChangesSince.Message);
            Version = Oversight.Version;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var today = Today;
        var rule = Oversight.CanCompleteAction(actionId, CompletedOn!.Value, Note, today);
        if (rule.Message is { } message)
        {
            ModelState.AddModelError(message.StartsWith("Enter", StringComparison.Ordinal) || message.StartsWith("The note", StringComparison.Ordinal)
                ? nameof(Note)
                : message.Contains("date", StringComparison.Ordinal) ? nameof(CompletedOn) : string.Empty, message);
            return Page();
        }

        return await SaveChangeAsync(
            () => Oversight.CompleteAction(actionId, CompletedOn.Value, Note!, today, Change()),
            nameof(Note),
            $"Action {Action.Number} marked as done",
            $"/children/{childId}/oversight/{oversightId}",
            "the oversight");
    }

    private async Task<bool> LoadActionAsync(Guid childId, Guid oversightId, Guid actionId)
    {
        if (!await LoadAsync(childId, oversightId) || Oversight.Actions.FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return false;
        }

        Action = action;
        return true;
    }
}
