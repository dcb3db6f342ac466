using Hearth.Data;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.AddAChild;

public sealed class SexModel(HearthDbContext db, ChildAccess access) : AddAChildPageModel(db, access)
{
    [BindProperty]
    public string? SexCode { get; set; }

    public void OnGet() => SexCode = Journey.SexCode;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Sex.TryCreate(SexCode, out var sex, out _))
        {
            ModelState.AddModelError(nameof(SexCode), "Select the child's sex");
            return Page();
        }

        Save(Journey.Answer(AddAChildStep.Sex) with { SexCode = sex.Code });
        return await NextAsync(cancellationToken);
    }
}
