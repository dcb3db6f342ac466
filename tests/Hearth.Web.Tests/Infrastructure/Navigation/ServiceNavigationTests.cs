using System.Security.Claims;

using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Infrastructure.Navigation;

using Microsoft.AspNetCore.Http;

namespace Hearth.Web.Tests.Infrastructure.Navigation;

public sealed class ServiceNavigationTests
{
    [Theory]
    [InlineData("/children", true)]
    [InlineData("/children/0191f5a0-0000-7000-8000-000000000000/visits", true)]
    [InlineData("/CHILDREN", true)]
    [InlineData("/childrens-homes", false)]
    [InlineData("/", false)]
    [InlineData("/caseload", false)]
    public void IsActive_RequestPath_MatchesTheItemsSection(string path, bool expected)
    {
        ServiceNavigation.IsActive(ServiceNavigation.FindAChild, new PathString(path), [ServiceNavigation.FindAChild]).ShouldBe(expected);
    }

    [Theory]
    [InlineData("/team", "Team")]
    [InlineData("/team/workers/0191f5a0-0000-7000-8000-000000000000", "Team")]
    [InlineData("/team/work", "Team work")]
    [InlineData("/team/work/0191f5a0-0000-7000-8000-000000000000", "Team work")]
    public void IsActive_NestedSections_OnlyTheMostSpecificIsActive(string path, string expected)
    {
        IReadOnlyList<ServiceNavigationItem> shown = [ServiceNavigation.Team, ServiceNavigation.TeamWork];

        shown.Where(i => ServiceNavigation.IsActive(i, new PathString(path), shown)).Select(i => i.Text).ShouldBe([expected]);
    }

    [Fact]
    public void ItemsFor_NobodySignedIn_ListsNothing()
    {
        new ServiceNavigation().ItemsFor(new ClaimsPrincipal(new ClaimsIdentity())).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Role.SocialWorker, true, "Find a child,My work,My caseload")]
    [InlineData(Role.TeamManager, true, "Find a child,My work,My caseload,Team,Team work,Access log")]
    [InlineData(Role.SeniorLeader, false, "Find a child,Front door,Returns,Data quality,Access log")]
    [InlineData(Role.DataOfficer, false, "Find a child,Returns,Data quality")]
    [InlineData(Role.QualityAssuranceOfficer, false, "Find a child,Access log")]
    [InlineData(Role.Administrator, false, "Access log")]
    public void ItemsFor_Role_ListsWhatTheRoleUses(Role role, bool hasWorker, string expected)
    {
        var account = UserAccount.Create(EmailAddress.Create("a@hearth.test"), "A Person", role, null, "hash",
            new ChangeContext(Guid.CreateVersion7(), "Test", DateTimeOffset.UnixEpoch));
        var team = Team.Create("Team", TeamKind.ChildProtection, new ChangeContext(Guid.CreateVersion7(), "Test", DateTimeOffset.UnixEpoch));
        var worker = hasWorker
            ? Worker.Create("A", "Person", role, team, EmailAddress.Create("a@hearth.test"), SocialWorkEnglandNumber.Create("SW123"), new DateOnly(2020, 1, 1),
                new ChangeContext(Guid.CreateVersion7(), "Test", DateTimeOffset.UnixEpoch))
            : null;

        var items = new ServiceNavigation().ItemsFor(HearthClaims.For(account, worker, hasWorker ? team : null));

        string.Join(',', items.Select(i => i.Text)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(Role.SocialWorker, "Find a child,My work,My caseload,Front door")]
    [InlineData(Role.TeamManager, "Find a child,My work,My caseload,Team,Team work,Front door,Access log")]
    public void ItemsFor_WorkerInAFrontDoorTeam_ListsTheFrontDoor(Role role, string expected)
    {
        var context = new ChangeContext(Guid.CreateVersion7(), "Test", DateTimeOffset.UnixEpoch);
        var account = UserAccount.Create(EmailAddress.Create("a@hearth.test"), "A Person", role, null, "hash", context);
        var team = Team.Create("MASH", TeamKind.FrontDoor, context);
        var worker = Worker.Create("A", "Person", role, team, EmailAddress.Create("a@hearth.test"), SocialWorkEnglandNumber.Create("SW123"), new DateOnly(2020, 1, 1), context);

        var items = new ServiceNavigation().ItemsFor(HearthClaims.For(account, worker, team));

        string.Join(',', items.Select(i => i.Text)).ShouldBe(expected);
    }
}
