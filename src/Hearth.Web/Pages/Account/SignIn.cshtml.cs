using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Data.Workforce;
using Hearth.Domain;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Account;

public sealed partial class SignInModel(HearthDbContext db, TimeProvider clock, IWebHostEnvironment environment, ILogger<SignInModel> logger) : PageModel
{
    internal const string WrongCredentials = "Enter a correct email address and password";

    // Verifying against a throwaway hash when there is no account keeps the time taken the same,
    // so the response does not reveal which email addresses have accounts.
    private static readonly Lazy<(UserAccount Account, string Password)> NoAccount = new(() =>
    {
        var account = UserAccount.Create(EmailAddress.Create("nobody@hearth.invalid"), "Nobody", Role.DataOfficer, null, "x",
            new Domain.Audit.ChangeContext(Guid.CreateVersion7(), "Hearth", DateTimeOffset.UnixEpoch));
        account.ResetPassword(Passwords.Hash(account, Guid.NewGuid().ToString()), new Domain.Audit.ChangeContext(Guid.CreateVersion7(), "Hearth", DateTimeOffset.UnixEpoch));
        return (account, Guid.NewGuid().ToString());
    });

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The demo accounts and their password are shown only in Development, where the demo seed runs.</summary>
    public bool ShowDemoAccounts => environment.IsDevelopment();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!EmailAddress.TryCreate(Email, out var userName, out var problem))
        {
            ModelState.AddModelError(nameof(Email), problem);
            return Page();
        }

        var now = clock.GetUtcNow();
        var account = await db.Set<UserAccount>().SingleOrDefaultAsync(u => u.UserName == userName);
        if (account is null)
        {
            Passwords.Verify(NoAccount.Value.Account, NoAccount.Value.Password, out _);
            return Refuse(WrongCredentials);
        }

        var allowed = account.CanSignIn(now);
        if (!allowed.IsAllowed)
        {
            LogRefused(logger, account.Id, allowed.Message);
            return Refuse(allowed.Message!);
        }

        if (!Passwords.Verify(account, Password!, out var rehashed))
        {
            account.RecordFailedSignIn(now);
            await db.SaveChangesAsync();
            LogWrongPassword(logger, account.Id, account.FailedSignInCount);
            var nowLocked = account.CanSignIn(now);
            return Refuse(nowLocked.IsAllowed ? WrongCredentials : nowLocked.Message!);
        }

        if (rehashed is not null)
        {
            account.ChangePassword(rehashed, new Domain.Audit.ChangeContext(account.Id, account.DisplayName, now, "Password hash upgraded"));
        }

        account.RecordSuccessfulSignIn(now);
        await db.SaveChangesAsync();
        await HearthAuthentication.SignInAsync(HttpContext, db, account);
        LogSignedIn(logger, account.Id);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for account {AccountId}: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid accountId, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wrong password for account {AccountId} ({Failures} in a row)")]
    private static partial void LogWrongPassword(ILogger logger, Guid accountId, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountId} signed in")]
    private static partial void LogSignedIn(ILogger logger, Guid accountId);

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Email), message);
        Password = null;
        return Page();
    }
}
