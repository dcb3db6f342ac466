using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;

namespace Hearth.Web.Tests.Pages.Children.Record.EditDetails;

public sealed class MoveAddressTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/details/address";

    private Action<Child> LivesOnHighStreet => c => c.MoveAddress(AddressKind.Home,
        Address.Create("1 High Street", null, null, "Weston-super-Mare", "BS23 1AA"), factory.Data.Today.AddYears(-1), factory.Data.Today, factory.Data.Change());

    [Fact]
    public async Task Get_ShowsTheCurrentAddress()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(LivesOnHighStreet);

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector("main")!.TextContent.ShouldContain("1 High Street, Weston-super-Mare, BS23 1AA");
        page.QuerySelectorAll("input[name=Kind]").Length.ShouldBe(AddressKind.All.Count);
    }

    [Fact]
    public async Task Post_NewAddress_MovesTheChildEndsTheOldAddressAndRecordsTheChange()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync(LivesOnHighStreet);
        var moved = factory.Clock.Today.AddDays(-7);
        var fields = RecordDeathTests.DateFields("StartDate", moved);
        fields["Kind"] = "TEMP";
        fields["AddressLine1"] = "Flat 2, 5 Beach Road";
        fields["Town"] = "Weston-super-Mare";
        fields["Postcode"] = "bs231ab";

        var response = await client.SubmitFormAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.LoadChildAsync(child.Id);
        saved.CurrentAddress!.Address!.Postcode!.Value.ShouldBe("BS23 1AB");
        saved.CurrentAddress.Kind.ShouldBe(AddressKind.Temporary);
        saved.Addresses.Single(a => a.Address!.Line1 == "1 High Street").EndDate.ShouldBe(moved.AddDays(-1));
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Address changed");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.Single(f => f.Field == "Address").Before.ShouldBe("1 High Street, Weston-super-Mare, BS23 1AA");
        change.Fields.Single(f => f.Field == "Address").After.ShouldBe("Flat 2, 5 Beach Road, Weston-super-Mare, BS23 1AB");
    }

    [Fact]
    public async Task Post_NotARealPostcode_ShowsThePostcodeErrorAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(LivesOnHighStreet);
        var fields = RecordDeathTests.DateFields("StartDate", factory.Clock.Today);
        fields["Kind"] = "HOME";
        fields["AddressLine1"] = "5 Beach Road";
        fields["Town"] = "Weston-super-Mare";
        fields["Postcode"] = "BS23 XYZ";

        var response = await client.SubmitFormAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector("#Postcode-error")!.TextContent.ShouldContain("Enter a real postcode, like BS23 1AA");
        page.QuerySelector(".govuk-error-summary a[href='#Postcode']").ShouldNotBeNull();
        page.ValueOf("#Postcode").ShouldBe("BS23 XYZ");
        page.ValueOf("#AddressLine1").ShouldBe("5 Beach Road");
        (await factory.LoadChildAsync(child.Id)).Addresses.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Post_StartingBeforeTheCurrentAddress_ShowsTheDomainRule()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(LivesOnHighStreet);
        var fields = RecordDeathTests.DateFields("StartDate", factory.Clock.Today.AddYears(-2));
        fields["Kind"] = "NFA";

        var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector("#StartDate-error")!.TextContent.ShouldContain("The new address must start after the current address started on");
        (await factory.LoadChildAsync(child.Id)).Addresses.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Post_NoFixedAbodeWithAnAddress_AsksToClearTheAddress()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(LivesOnHighStreet);
        var fields = RecordDeathTests.DateFields("StartDate", factory.Clock.Today);
        fields["Kind"] = "NFA";
        fields["AddressLine1"] = "5 Beach Road";

        var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector("#AddressLine1-error")!.TextContent.ShouldContain("no fixed abode has no address");
        (await factory.LoadChildAsync(child.Id)).Addresses.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Post_ReadOnlyRole_Returns403AndLogsTheRefusal()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.DataOfficer);
        var fields = RecordDeathTests.DateFields("StartDate", factory.Clock.Today);
        fields["Kind"] = "NFA";

        var response = await client.PostAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
        (await factory.LoadChildAsync(child.Id)).Addresses.ShouldBeEmpty();
    }
}
