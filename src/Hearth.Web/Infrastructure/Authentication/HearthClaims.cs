using System.Globalization;
using System.Security.Claims;
using Hearth.Domain.Access;
using Hearth.Domain.Workforce;

namespace Hearth.Web.Infrastructure.Authentication;

/// <summary>What Hearth keeps about the signed-in person in their cookie, and how it is read back.</summary>
public static class HearthClaims
{
    public const string Scheme = "Hearth";
    public const string SecurityStamp = "hearth:stamp";
    public const string TeamId = "hearth:team";
    public const string TeamKind = "hearth:team-kind";
    public const string WorkerId = "hearth:worker";
    public const string MustChangePassword = "hearth:must-change-password";

    public static ClaimsPrincipal For(UserAccount account, Worker? worker, Team? team)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString("D")),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Email, account.UserName.Value),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(SecurityStamp, account.SecurityStamp),
        };
        if (worker is not null)
        {
            claims.Add(new Claim(WorkerId, worker.Id.ToString("D")));
        }

        if (team is not null)
        {
            claims.Add(new Claim(TeamId, team.Id.ToString("D")));
            claims.Add(new Claim(TeamKind, ((int)team.Kind).ToString(CultureInfo.InvariantCulture)));
        }

        if (account.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePassword, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static Guid AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static string DisplayName(this ClaimsPrincipal user) => user.Identity?.Name ?? string.Empty;

    public static Role? HearthRole(this ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) && Enum.IsDefined(role) ? role : null;

    public static Guid? WorkerIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(WorkerId), out var id) ? id : null;

    public static Guid? TeamIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(TeamId), out var id) ? id : null;

    /// <summary>The person as the access policy sees them; null for someone not signed in.</summary>
    public static AccessUser? AccessUser(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || user.HearthRole() is not { } role)
        {
            return null;
        }

        Domain.Workforce.TeamKind? kind = int.TryParse(user.FindFirstValue(TeamKind), CultureInfo.InvariantCulture, out var k) ? (Domain.Workforce.TeamKind)k : null;
        return new AccessUser(user.AccountId(), role, user.TeamIdOf(), kind, user.WorkerIdOf());
    }
}
