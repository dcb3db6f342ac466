using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.FrontDoor;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.FrontDoor.Contacts;

public sealed class DecisionModel(HearthDbContext db, ChildAccess access, TimeProvider clock) : ContactPageModel(db, access, clock)
{
    [BindProperty, Display(Name = "Level of need")]
    public LevelOfNeed? Threshold { get; set; }

    [BindProperty, Display(Name = "Outcome")]
    public ContactOutcome? Outcome { get; set; }

    [BindProperty, Display(Name = "Rationale")]
    public string? Rationale { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, acting: true, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        if (Threshold is null)
        {
            ModelState.AddModelError(nameof(Threshold), "Select the level of need");
        }

        if (Outcome is null)
        {
            ModelState.AddModelError(nameof(Outcome), "Select the outcome");
        }

        if (Threshold is not { } threshold || Outcome is not { } outcome)
        {
            return Page();
        }

        var rule = Contact.CanDecide(threshold, outcome, Rationale);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.StartsWith("Enter", StringComparison.Ordinal) || rule.Message.Contains("rationale", StringComparison.Ordinal)
                ? nameof(Rationale)
                : rule.Message.Contains("already", StringComparison.Ordinal) ? string.Empty : nameof(Outcome);
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        if (!await TrySaveAsync(() => Contact.Decide(threshold, outcome, Rationale!, Change("Decision on the type of response")), string.Empty, cancellationToken))
        {
            return Page();
        }

        TempData["Notification"] = $"Decision recorded: {outcome.DisplayName}";
        return Redirect($"/front-door/contacts/{id}");
    }
}
