using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;
using Hearth.Web.Tests.Pages.Children.Record.EditDetails;

namespace Hearth.Web.Tests.Pages.Children.Record.Family;

public sealed class AddRelationshipTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/family/relationships/add";

    [Fact]
    public async Task Get_AsksForEveryDetailOfThePerson()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelectorAll("input[name=Relationship]").Length.ShouldBe(9);
        foreach (var id in new[] { "#Name", "#DateOfBirth-day", "#HasParentalResponsibility", "#LivesWithChild", "#Phone", "#AddressLine1", "#Postcode", "#StartDate-day" })
        {
            page.QuerySelector(id).ShouldNotBeNull(id);
        }
    }

    [Fact]
    public async Task Post_ValidPerson_AddsThemWithAChangeRecordAndRedirectsToFamily()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var fields = RecordDeathTests.DateFields("StartDate", new DateOnly(2018, 5, 14));
        fields["Relationship"] = "GRAN";
        fields["Name"] = "Pat Reed";
        fields["HasParentalResponsibility"] = "false";
        fields["LivesWithChild"] = "true";
        fields["Phone"] = "01632 960 001";
        fields["AddressLine1"] = "3 Hill Road";
        fields["Town"] = "Weston-super-Mare";
        fields["Postcode"] = "BS22 7XY";

        var response = await client.SubmitFormAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/family");
        var person = (await factory.LoadChildAsync(child.Id)).Relationships.Single();
        person.Name.ShouldBe("Pat Reed");
        person.Relationship.Code.ShouldBe("GRAN");
        person.HasParentalResponsibility.ShouldBeFalse();
        person.LivesWithChild.ShouldBeTrue();
        person.ContactAddress!.Postcode!.Value.ShouldBe("BS22 7XY");
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Person added to family and network");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldContain(("Relationship", null, "Grandparent"));
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldContain(("Parental responsibility", null, "No"));
        (await client.GetPageAsync($"/children/{child.Id}/family")).QuerySelector(".govuk-notification-banner")!.TextContent.ShouldContain("Pat Reed added");
    }

    [Fact]
    public async Task Post_MissingAndBadAnswers_ShowsEveryErrorKeepsInputAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string>
        {
            ["Name"] = "",
            ["Phone"] = "call me",
            ["AddressLine1"] = "3 Hill Road",
            ["Town"] = "Weston-super-Mare",
            ["Postcode"] = "NOT A CODE",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        summary.ShouldContain("Select how the person is related to the child");
        summary.ShouldContain("Enter the person's name");
        summary.ShouldContain("Select yes if the person has parental responsibility for the child");
        summary.ShouldContain("Enter a phone number, like");
        summary.ShouldContain("Enter a real postcode");
        summary.ShouldContain("Enter the date the relationship started");
        page.QuerySelector("#Phone-error").ShouldNotBeNull();
        page.ValueOf("#Phone").ShouldBe("call me");
        page.ValueOf("#Postcode").ShouldBe("NOT A CODE");
        (await factory.LoadChildAsync(child.Id)).Relationships.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_Returns403AndLogsTheRefusal()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.DataOfficer);
        var fields = RecordDeathTests.DateFields("StartDate", new DateOnly(2018, 5, 14));
        fields["Relationship"] = "GRAN";
        fields["Name"] = "Pat Reed";
        fields["HasParentalResponsibility"] = "false";
        fields["LivesWithChild"] = "true";

        var response = await client.PostAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
        (await factory.LoadChildAsync(child.Id)).Relationships.ShouldBeEmpty();
    }
}
