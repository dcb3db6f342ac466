using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Account;

/// <summary>
/// "Stay signed in" from the inactivity warning: issues the session afresh so it runs for the whole idle period
/// again. Script asks for JSON and gets the new expiry; without JavaScript the form posts here and the person
/// returns to where they were.
/// </summary>
public sealed class KeepAliveModel(TimeProvider clock, SessionSettings session) : PageModel
{
    [BindProperty]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var expiresAt = clock.GetUtcNow().AddMinutes(session.IdleMinutes);
        await HttpContext.SignInAsync(HearthClaims.Scheme, User, new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expiresAt });
        return Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
            ? new JsonResult(new { expiresAt = expiresAt.ToUnixTimeMilliseconds() })
            : LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
