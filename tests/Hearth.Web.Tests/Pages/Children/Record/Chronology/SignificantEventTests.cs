using System.Net;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Chronology;

public sealed class SignificantEventTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_Event_ShowsWhatHappenedAndWhereItCameFrom()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var added = await factory.Data.AddSignificantEventAsync(factory.Database, child.Id, new DateOnly(2026, 8, 3), "Admitted to hospital", "GP letter");

        var page = await client.GetPageAsync($"/children/{child.Id}/chronology/significant-events/{added.Id}");

        var list = page.Text(".govuk-summary-list");
        list.ShouldContain("3 August 2026");
        list.ShouldContain("Admitted to hospital");
        list.ShouldContain("GP letter");
        list.ShouldContain("Test data");
    }

    [Fact]
    public async Task Get_EventOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var added = await factory.Data.AddSignificantEventAsync(factory.Database, (await factory.Data.CreateChildAsync()).Id);

        await client.GetPageAsync($"/children/{child.Id}/chronology/significant-events/{added.Id}", HttpStatusCode.NotFound);
    }
}
