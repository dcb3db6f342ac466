using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;

namespace Hearth.Web.Tests.Pages.Children.Record.Oversight;

public sealed class ViewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid oversightId) => $"/children/{childId}/oversight/{oversightId}";

    [Fact]
    public async Task Get_Oversight_ShowsTheDirectionAndEachActionsStatus()
    {
        var (client, _, child, team) = await factory.SignInWithAllocatedChildAsync();
        var worker = await factory.Data.CreateWorkerAsync(team, givenName: "Ama", familyName: "Owusu");
        var today = factory.Data.Today;
        var oversight = await factory.Data.RecordOversightAsync(factory.Database, child.Id, today.AddDays(-7),
            new OversightActionInput("Overdue one", worker.Id, today.AddDays(-1)),
            new OversightActionInput("Due today", worker.Id, today),
            new OversightActionInput("Due later", worker.Id, today.AddDays(10)));

        var page = await client.GetPageAsync(Url(child.Id, oversight.Id));

        page.QuerySelector("#direction")!.TextContent.ShouldContain("Continue the child in need plan");
        page.QuerySelector("#action-1")!.TextContent.ShouldContain("Overdue");
        page.QuerySelector("#action-1")!.TextContent.ShouldContain("Ama Owusu");
        page.QuerySelector("#action-2")!.TextContent.ShouldContain("Due today");
        page.QuerySelector("#action-3")!.TextContent.ShouldContain("Open");
        page.QuerySelectorAll("a[href$='/done']").Length.ShouldBe(3);
    }

    [Fact]
    public async Task Get_ReadOnlyRole_IsNotOfferedToMarkActionsDone()
    {
        var child = await factory.Data.CreateChildAsync();
        var worker = await factory.Data.CreateWorkerAsync(await factory.Data.CreateTeamAsync());
        var oversight = await factory.Data.RecordOversightAsync(factory.Database, child.Id, null, new OversightActionInput("Visit", worker.Id, factory.Data.Today));
        var (client, _) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        var page = await client.GetPageAsync(Url(child.Id, oversight.Id));

        page.QuerySelectorAll("a[href$='/done']").ShouldBeEmpty();
    }

    [Fact]
    public async Task Get_OversightOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var oversight = await factory.Data.RecordOversightAsync(factory.Database, (await factory.Data.CreateChildAsync()).Id);

        await client.GetPageAsync(Url(child.Id, oversight.Id), HttpStatusCode.NotFound);
    }
}
