using System.Security.Claims;

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
        ServiceNavigation.IsActive(ServiceNavigation.FindAChild, new PathString(path)).ShouldBe(expected);
    }

    [Fact]
    public void ItemsFor_AnyUser_ListsTheSectionsInOrder()
    {
        var items = new ServiceNavigation().ItemsFor(new ClaimsPrincipal(new ClaimsIdentity()));

        items.Select(i => i.Text).ShouldBe(["Find a child", "My caseload", "Team", "Access log"]);
    }
}
