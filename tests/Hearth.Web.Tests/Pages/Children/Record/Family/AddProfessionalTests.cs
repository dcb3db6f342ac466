using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;
using Hearth.Web.Tests.Pages.Children.Record.EditDetails;

namespace Hearth.Web.Tests.Pages.Children.Record.Family;

public sealed class AddProfessionalTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/family/professionals/add";

    [Fact]
    public async Task Get_OffersEveryRole()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelectorAll("#Role option").Select(o => o.GetAttribute("value")).ShouldContain("HV");
        page.QuerySelector("#FromDate-day").ShouldNotBeNull();
    }

    [Fact]
    public async Task Post_ValidProfessional_AddsThemWithAChangeRecord()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var fields = RecordDeathTests.DateFields("FromDate", new DateOnly(2025, 9, 1));
        fields["Role"] = "HV";
        fields["Name"] = "Sam Jones";
        fields["Organisation"] = "North Somerset Community Partnership";
        fields["Email"] = "Sam.Jones@NHS.example";

        var response = await client.SubmitFormAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var professional = (await factory.LoadChildAsync(child.Id)).Professionals.Single();
        professional.Role.Code.ShouldBe("HV");
        professional.Email!.Value.ShouldBe("sam.jones@nhs.example");
        professional.FromDate.ShouldBe(new DateOnly(2025, 9, 1));
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Professional added");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldContain(("Role", null, "Health visitor"));
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldContain(("Involved from", null, "2025-09-01"));
    }

    [Fact]
    public async Task Post_NoNameOrOrganisationAndBadEmail_ShowsErrorsAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var fields = RecordDeathTests.DateFields("FromDate", new DateOnly(2025, 9, 1));
        fields["Role"] = "GP";
        fields["Email"] = "not an email";

        var response = await client.SubmitFormAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector("#Name-error")!.TextContent.ShouldContain("Enter the professional's name or their organisation");
        page.QuerySelector("#Email-error").ShouldNotBeNull();
        page.ValueOf("#Email").ShouldBe("not an email");
        page.ValueOf("#Role").ShouldBe("GP");
        (await factory.LoadChildAsync(child.Id)).Professionals.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_Returns403AndLogsTheRefusal()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);
        var fields = RecordDeathTests.DateFields("FromDate", new DateOnly(2025, 9, 1));
        fields["Role"] = "GP";
        fields["Name"] = "Dr Patel";

        var response = await client.PostAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
        (await factory.LoadChildAsync(child.Id)).Professionals.ShouldBeEmpty();
    }
}
