using System.Globalization;
using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;

namespace Hearth.Web.Tests.Pages.Children.Record.EditDetails;

public sealed class AddNameTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/details/names/add";

    [Fact]
    public async Task Get_ShowsTheNameFieldsAndTheKindOfName()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector("#GivenNames").ShouldNotBeNull();
        page.QuerySelector("#FamilyName").ShouldNotBeNull();
        page.QuerySelectorAll("input[name=Kind]").Select(i => i.GetAttribute("value")).ShouldBe(["alias", "former"]);
    }

    [Fact]
    public async Task Post_Alias_AddsItWithAChangeRecord()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();

        var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string>
        {
            ["GivenNames"] = "Jay",
            ["FamilyName"] = "Reed",
            ["Kind"] = "alias",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.LoadChildAsync(child.Id);
        saved.Aliases.Single().Name.FullName.ShouldBe("Jay Reed");
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Alias added");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.Single().After.ShouldBe("Jay Reed");
    }

    [Fact]
    public async Task Post_FormerName_AddsItWithTheDateItStoppedBeingUsed()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var until = new DateOnly(2022, 7, 31);

        var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string>
        {
            ["GivenNames"] = "Jamie",
            ["FamilyName"] = "Smith",
            ["Kind"] = "former",
            ["UsedUntil.Day"] = "31",
            ["UsedUntil.Month"] = "7",
            ["UsedUntil.Year"] = "2022",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var former = (await factory.LoadChildAsync(child.Id)).FormerNames.Single();
        former.Name.FullName.ShouldBe("Jamie Smith");
        former.UsedUntil.ShouldBe(until);
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Former name added");
        change.Fields.Select(f => (f.Field, f.After)).ShouldBe([("Former name", "Jamie Smith"), ("Used until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
    }

    [Fact]
    public async Task Post_FormerNameWithoutDateAndNoFamilyName_ShowsErrorsAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string>
        {
            ["GivenNames"] = "Jamie",
            ["FamilyName"] = "",
            ["Kind"] = "former",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        summary.ShouldContain("Enter the date the name stopped being used");
        summary.ShouldContain("Enter the family name");
        page.QuerySelector("#FamilyName-error").ShouldNotBeNull();
        page.ValueOf("#GivenNames").ShouldBe("Jamie");
        page.IsChecked("input[name=Kind][value=former]").ShouldBeTrue();
        (await factory.LoadChildAsync(child.Id)).FormerNames.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_Returns403AndLogsTheRefusal()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var response = await client.PostAsync(Url(child.Id), new Dictionary<string, string> { ["GivenNames"] = "Jay", ["FamilyName"] = "Reed", ["Kind"] = "alias" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
        (await factory.LoadChildAsync(child.Id)).Aliases.ShouldBeEmpty();
    }
}
