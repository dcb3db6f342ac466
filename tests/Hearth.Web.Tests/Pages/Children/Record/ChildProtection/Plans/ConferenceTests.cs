using System.Net;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class ConferenceTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_InitialConference_ShowsItsOutcomeAndWhoAttended()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        var page = await client.GetPageAsync($"/children/{child.Id}/child-protection-conferences/{plan.Conferences[0].Id}");

        page.Text("h2.govuk-heading-l").ShouldBe("Initial child protection conference");
        page.Text(".govuk-summary-list").ShouldContain("1 October 2026");
        page.Text(".govuk-summary-list").ShouldContain("Neglect");
        page.Text("table").ShouldContain("PC Jo Bloggs");
        page.Text("table").ShouldContain("Health visitor");
    }

    [Fact]
    public async Task Get_ConferenceOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync((await factory.Data.CreateChildAsync()).Id);

        await client.GetPageAsync($"/children/{child.Id}/child-protection-conferences/{plan.Conferences[0].Id}", HttpStatusCode.NotFound);
    }
}
