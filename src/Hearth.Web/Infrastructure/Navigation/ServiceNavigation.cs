using System.Security.Claims;
using Hearth.Domain.Access;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Authentication;

namespace Hearth.Web.Infrastructure.Navigation;

/// <summary>A link in the GOV.UK service navigation under the header.</summary>
public sealed record ServiceNavigationItem(string Text, string Href);

/// <summary>
/// The service navigation links, in display order. <see cref="ItemsFor"/> is the one place that decides which
/// links a user sees.
/// </summary>
public sealed class ServiceNavigation
{
    public static readonly ServiceNavigationItem FindAChild = new("Find a child", "/children");
    public static readonly ServiceNavigationItem MyWork = new("My work", "/my-work");
    public static readonly ServiceNavigationItem MyCaseload = new("My caseload", "/caseload");
    public static readonly ServiceNavigationItem Team = new("Team", "/team");
    public static readonly ServiceNavigationItem TeamWork = new("Team work", "/team/work");
    public static readonly ServiceNavigationItem FrontDoor = new("Front door", "/front-door");
    public static readonly ServiceNavigationItem AccessLog = new("Access log", "/access-log");
    public static readonly ServiceNavigationItem Returns = new("Returns", "/returns/cin");
    public static readonly ServiceNavigationItem DataQuality = new("Data quality", "/data-quality/cin");

    public IReadOnlyList<ServiceNavigationItem> Items { get; } = [FindAChild, MyWork, MyCaseload, Team, TeamWork, FrontDoor, Returns, DataQuality, AccessLog];

    public IReadOnlyList<ServiceNavigationItem> ItemsFor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.AccessUser() is not { } person)
        {
            return [];
        }

        var items = new List<ServiceNavigationItem>();
        if (person.Role != Role.Administrator)
        {
            items.Add(FindAChild);
        }

        if (person.WorkerId is not null && person.Role.HoldsCases)
        {
            items.Add(MyWork);
            items.Add(MyCaseload);
        }

        if (person.Role == Role.TeamManager && person.TeamId is not null)
        {
            items.Add(Team);
            items.Add(TeamWork);
        }

        if ((person.Role.HoldsCases && person.TeamKind == TeamKind.FrontDoor) || person.Role == Role.SeniorLeader)
        {
            items.Add(FrontDoor);
        }

        if (Pages.Returns.ReturnsAccess.CanUse(person).IsAllowed)
        {
            items.Add(Returns);
            items.Add(DataQuality);
        }

        if (AccessPolicy.CanViewAccessLog(person).IsAllowed)
        {
            items.Add(AccessLog);
        }

        return items;
    }

    /// <summary>Whether the item is the current section: the most specific of the shown items the path is under.</summary>
    public static bool IsActive(ServiceNavigationItem item, PathString requestPath, IReadOnlyList<ServiceNavigationItem> shown)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(shown);
        return requestPath.StartsWithSegments(item.Href, StringComparison.OrdinalIgnoreCase)
            && !shown.Any(other => other.Href.Length > item.Href.Length && requestPath.StartsWithSegments(other.Href, StringComparison.OrdinalIgnoreCase));
    }
}
