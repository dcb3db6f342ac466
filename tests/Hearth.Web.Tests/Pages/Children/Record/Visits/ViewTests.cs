using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Visits;

public sealed class ViewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid visitId) => $"/children/{childId}/visits/{visitId}";

    [Fact]
    public async Task Get_Visit_ShowsWhatWasRecordedAndOffersACorrection()
    {
        var (client, _, child, team) = await factory.SignInWithAllocatedChildAsync();
        var visitor = await factory.Data.CreateWorkerAsync(team, givenName: "Ama", familyName: "Owusu");
        var visit = await factory.Data.RecordVisitAsync(factory.Database, child.Id, VisitKind.ChildProtection, new DateOnly(2026, 10, 28),
            childSeenAlone: false, notSeenReason: "Mother stayed in the room", visitorWorkerId: visitor.Id, wishesAndFeelings: "I miss my nan\nI like school");

        var page = await client.GetPageAsync(Url(child.Id, visit.Id));

        page.Text("h2.govuk-heading-l").ShouldBe("Child protection visit on 28 October 2026");
        page.Text(".govuk-summary-list").ShouldContain("Ama Owusu");
        page.Text(".govuk-summary-list").ShouldContain("Mother stayed in the room");
        page.QuerySelectorAll("#wishes-and-feelings p").Select(p => p.TextContent).ShouldBe(["I miss my nan", "I like school"]);
        page.QuerySelector($"a[href='{Url(child.Id, visit.Id)}/correct']").ShouldNotBeNull();
        page.Text(".moj-timeline").ShouldContain("Visit recorded");
    }

    [Fact]
    public async Task Get_ReadOnlyRole_DoesNotOfferACorrection()
    {
        var child = await factory.Data.CreateChildAsync();
        var visit = await factory.Data.RecordVisitAsync(factory.Database, child.Id);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync(Url(child.Id, visit.Id));

        page.QuerySelector($"a[href='{Url(child.Id, visit.Id)}/correct']").ShouldBeNull();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => v.Allowed && v.Page == Url(child.Id, visit.Id));
    }

    [Fact]
    public async Task Get_VisitOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var visit = await factory.Data.RecordVisitAsync(factory.Database, (await factory.Data.CreateChildAsync()).Id);

        await client.GetPageAsync(Url(child.Id, visit.Id), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var visit = await factory.Data.RecordVisitAsync(factory.Database, child.Id);

        await client.GetPageAsync(Url(child.Id, visit.Id), HttpStatusCode.Forbidden);
    }
}
