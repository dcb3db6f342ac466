using Hearth.Domain.Access;
using Hearth.Domain.Workforce;

namespace Hearth.Web.Pages.Returns;

/// <summary>Who prepares the statutory returns and watches their data quality: data officers and senior leaders.</summary>
public static class ReturnsAccess
{
    public const string Refusal = "Only data officers and senior leaders can see the statutory returns and their data quality.";

    public static AccessDecision CanUse(AccessUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is Role.DataOfficer or Role.SeniorLeader ? AccessDecision.Allowed : AccessDecision.Refused(Refusal);
    }
}
