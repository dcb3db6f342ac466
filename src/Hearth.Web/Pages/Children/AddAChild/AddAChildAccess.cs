using Hearth.Domain.Access;
using Hearth.Domain.Workforce;

namespace Hearth.Web.Pages.Children.AddAChild;

/// <summary>Who may add a child to Hearth: the roles that record on children's records.</summary>
public static class AddAChildAccess
{
    public const string Refusal =
        "Only social workers, team managers, business support and independent reviewing officers can add a child.";

    public static AccessDecision CanAdd(AccessUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is Role.SocialWorker or Role.TeamManager or Role.BusinessSupport or Role.IndependentReviewingOfficer
            ? AccessDecision.Allowed
            : AccessDecision.Refused(Refusal);
    }
}
