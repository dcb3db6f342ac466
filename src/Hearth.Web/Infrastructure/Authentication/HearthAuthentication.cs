using System.Security.Claims;
using System.Threading.RateLimiting;
using Hearth.Data;
using Hearth.Domain.Workforce;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Infrastructure.Authentication;

/// <summary>
/// Cookie sign-in with an idle timeout, re-checked against the account on every request so a disabled
/// account or a reset password ends every session at once; every page needs a signed-in user unless it
/// says otherwise; sign-in attempts are rate-limited per address.
/// </summary>
public static class HearthAuthentication
{
    public const string SignInRateLimit = "sign-in";
    public const string SignInPath = "/sign-in";
    public const string ChangePasswordPath = "/account/change-password";

    public static WebApplicationBuilder AddHearthAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var session = builder.Configuration.GetSection("Hearth:Session").Get<SessionSettings>() ?? new SessionSettings();
        builder.Services.AddSingleton(session);

        builder.Services.AddAuthentication(HearthClaims.Scheme)
            .AddCookie(HearthClaims.Scheme, options =>
            {
                options.Cookie.Name = "Hearth.Session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.LoginPath = SignInPath;
                options.LogoutPath = "/sign-out";
                options.AccessDeniedPath = "/access-denied";
                options.ReturnUrlParameter = "returnUrl";
                options.ExpireTimeSpan = TimeSpan.FromMinutes(session.IdleMinutes);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = ValidatePrincipalAsync;
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(HearthClaims.Scheme).RequireAuthenticatedUser().Build());

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = session.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reading"));
        });

        return builder;
    }

    public static WebApplication UseHearthAuthentication(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            // A temporary password must be replaced before anything else is done with it.
            if (context.User.HasClaim(HearthClaims.MustChangePassword, "true")
                && !context.Request.Path.StartsWithSegments(ChangePasswordPath, StringComparison.OrdinalIgnoreCase)
                && !context.Request.Path.StartsWithSegments("/sign-out", StringComparison.OrdinalIgnoreCase)
                && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                context.Response.Redirect(ChangePasswordPath);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>Signs the person in, with claims read fresh from their account, worker and team.</summary>
    public static async Task SignInAsync(HttpContext httpContext, HearthDbContext db, UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(account);
        var worker = account.WorkerId is { } workerId ? await db.Set<Worker>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == workerId) : null;
        var team = worker is null ? null : await db.Set<Team>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == worker.TeamId);
        await httpContext.SignInAsync(HearthClaims.Scheme, HearthClaims.For(account, worker, team), new AuthenticationProperties { IsPersistent = false });
    }

    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var accountId = context.Principal?.AccountId() ?? Guid.Empty;
        var stamp = context.Principal?.FindFirstValue(HearthClaims.SecurityStamp);
        var db = context.HttpContext.RequestServices.GetRequiredService<HearthDbContext>();
        var account = await db.Set<UserAccount>().AsNoTracking()
            .Where(u => u.Id == accountId)
            .Select(u => new { u.SecurityStamp, u.IsDisabled })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is null || account.IsDisabled || account.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(HearthClaims.Scheme);
        }
    }
}

/// <summary>How long a session may sit idle, how long before that the warning shows, and the sign-in rate limit.</summary>
public sealed class SessionSettings
{
    public int IdleMinutes { get; set; } = 20;

    public int WarningSeconds { get; set; } = 120;

    public int SignInAttemptsPerMinute { get; set; } = 10;
}
