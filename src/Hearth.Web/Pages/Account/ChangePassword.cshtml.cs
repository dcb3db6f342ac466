using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Data.Workforce;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Account;

public sealed class ChangePasswordModel(HearthDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your current password")]
    [Display(Name = "Current password")]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password")]
    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your new password again")]
    [Display(Name = "Confirm new password")]
    public string? ConfirmPassword { get; set; }

    public bool IsTemporary => User.HasClaim(HearthClaims.MustChangePassword, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await db.Set<UserAccount>().SingleAsync(u => u.Id == User.AccountId());
        if (ModelState.IsValid)
        {
            if (!Passwords.Verify(account, CurrentPassword!, out _))
            {
                ModelState.AddModelError(nameof(CurrentPassword), "Your current password is not correct");
            }
            else if (Passwords.Problem(NewPassword, account.UserName.Value) is { } problem)
            {
                ModelState.AddModelError(nameof(NewPassword), problem);
            }
            else if (NewPassword == CurrentPassword)
            {
                ModelState.AddModelError(nameof(NewPassword), "Your new password must be different from your current password");
            }
            else if (NewPassword != ConfirmPassword)
            {
                ModelState.AddModelError(nameof(ConfirmPassword), "The passwords do not match");
            }
        }

        if (!ModelState.IsValid)
        {
            CurrentPassword = NewPassword = ConfirmPassword = null;
            return Page();
        }

        account.ChangePassword(Passwords.Hash(account, NewPassword!), new ChangeContext(account.Id, account.DisplayName, clock.GetUtcNow(), "Changed their own password"));
        await db.SaveChangesAsync();
        await HearthAuthentication.SignInAsync(HttpContext, db, account);
        TempData["Notification"] = "Your password has been changed";
        return Redirect("/");
    }
}
