using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.AddAChild;

public sealed class NhsNumberModel(HearthDbContext db, ChildAccess access) : AddAChildPageModel(db, access)
{
    [BindProperty]
    [Display(Name = "NHS number")]
    public string? NhsNumber { get; set; }

    public void OnGet() => NhsNumber = Journey.NhsNumber is { } digits && Domain.Children.NhsNumber.TryCreate(digits, out var nhs, out _) ? nhs.Display : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Domain.Children.NhsNumber? nhsNumber = null;
        if (!string.IsNullOrWhiteSpace(NhsNumber) && !Domain.Children.NhsNumber.TryCreate(NhsNumber, out nhsNumber, out var error))
        {
            ModelState.AddModelError(nameof(NhsNumber), error);
            return Page();
        }

        Save(Journey.Answer(AddAChildStep.NhsNumber) with { NhsNumber = nhsNumber?.Value });
        return await NextAsync(cancellationToken);
    }
}
