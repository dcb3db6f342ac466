using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;

namespace Hearth.Web.Tests.Pages.Children.Record.EditDetails;

public sealed class EditTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private const string Conflict = "Someone else changed this record while you were editing it";

    private static string Url(Guid childId) => $"/children/{childId}/details/edit";

    [Fact]
    public async Task Get_AllocatedSocialWorker_ShowsTheChildsDetailsAndVersion()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.ValueOf("#Input_GivenNames").ShouldBe(child.Name.GivenNames);
        page.ValueOf("#Input_FamilyName").ShouldBe(child.Name.FamilyName);
        page.ValueOf("#Input_DateOfBirth-day").ShouldBe(child.DateOfBirth!.Value.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.IsChecked("input[name='Input.Sex'][value='M']").ShouldBeTrue();
        page.ValueOf("#Input_Ethnicity").ShouldBe("WBRI");
        page.ValueOf("input[name=Version]").ShouldBe(child.Version.ToString());
        page.QuerySelector("input[name='Input.Disabilities'][value=NONE]")!.GetAttribute("data-behaviour").ShouldBe("exclusive");
        page.QuerySelector("#Input_Reason").ShouldNotBeNull();
    }

    [Fact]
    public async Task Post_ValidChange_SavesOnlyTheChangedFieldsWithTheReasonAndRedirects()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var fields = (await client.ReadFormAsync(Url(child.Id)))
            .With("Input.FamilyName", "Reid")
            .With("Input.Disabilities", "HEAR", "VIS")
            .With("Input.Reason", "Spelling corrected from the birth certificate");

        var response = await client.PostFormAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}");
        var saved = await factory.LoadChildAsync(child.Id);
        saved.Name.FamilyName.ShouldBe("Reid");
        saved.Disabilities.Select(d => d.Code).ShouldBe(["HEAR", "VIS"], ignoreOrder: true);
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Child's details changed");
        change.Reason.ShouldBe("Spelling corrected from the birth certificate");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldBe(
            [("Family name", "Reed", "Reid"), ("Disabilities", null, "Hearing, Vision")], ignoreOrder: true);
        var details = await client.GetPageAsync($"/children/{child.Id}");
        details.QuerySelector(".govuk-notification-banner")!.TextContent.ShouldContain("The child's details have been updated");
    }

    [Fact]
    public async Task Post_NoReasonAndBadNhsNumber_ShowsErrorsKeepsInputAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var before = await factory.ChangeRecordsAsync(child.Id);
        var fields = (await client.ReadFormAsync(Url(child.Id)))
            .With("Input.FamilyName", "Reid")
            .With("Input.NhsNumber", "123 456")
            .With("Input.Reason", "");

        var response = await client.PostFormAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        summary.ShouldContain("Enter the reason for the change");
        summary.ShouldContain("An NHS number must be 10 digits long");
        page.QuerySelector("#Input_Reason-error")!.TextContent.ShouldContain("Enter the reason for the change");
        page.ValueOf("#Input_NhsNumber").ShouldBe("123 456");
        page.ValueOf("#Input_FamilyName").ShouldBe("Reid");
        (await factory.LoadChildAsync(child.Id)).Name.FamilyName.ShouldBe("Reed");
        (await factory.ChangeRecordsAsync(child.Id)).Count.ShouldBe(before.Count);
    }

    [Fact]
    public async Task Post_NoDisabilityWithAnotherDisability_ShowsTheDomainRuleAgainstDisability()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var fields = (await client.ReadFormAsync(Url(child.Id)))
            .With("Input.Disabilities", "NONE", "HEAR")
            .With("Input.Reason", "Assessment completed");

        var response = await client.PostFormAsync(Url(child.Id), fields);

        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector("#Input_Disabilities-error")!.TextContent.ShouldContain("'No disability' cannot be recorded with another disability");
        page.IsChecked("input[name='Input.Disabilities'][value=HEAR]").ShouldBeTrue();
        (await factory.LoadChildAsync(child.Id)).Disabilities.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_FormLoadedBeforeSomeoneElseSaved_ShowsWhatTheyChangedKeepsInputAndSavesNothing()
    {
        var (first, _, child, team) = await factory.SignInWithAllocatedChildAsync();
        var (second, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);
        var firstForm = await first.ReadFormAsync(Url(child.Id));
        var secondForm = await second.ReadFormAsync(Url(child.Id));
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        (await first.PostFormAsync(Url(child.Id), firstForm.With("Input.FamilyName", "Reid").With("Input.Reason", "Spelling corrected")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changesAfterFirst = await factory.ChangeRecordsAsync(child.Id);

        var response = await second.PostFormAsync(Url(child.Id), secondForm.With("Input.FirstLanguage", "Polish").With("Input.Reason", "Interpreter needed"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain(Conflict);
        var conflict = page.QuerySelector("#conflict")!.TextContent;
        conflict.ShouldContain("Child's details changed");
        conflict.ShouldContain("Spelling corrected");
        conflict.ShouldContain("Reid");
        page.ValueOf("#Input_FirstLanguage").ShouldBe("Polish");
        page.ValueOf("#Input_Reason").ShouldBe("Interpreter needed");
        var saved = await factory.LoadChildAsync(child.Id);
        saved.FirstLanguage.ShouldBeNull();
        page.ValueOf("input[name=Version]").ShouldBe(saved.Version.ToString());
        (await factory.ChangeRecordsAsync(child.Id)).Count.ShouldBe(changesAfterFirst.Count);
    }

    [Fact]
    public async Task Post_AgainAfterAConflict_SavesWhatTheUserEntered()
    {
        var (first, _, child, team) = await factory.SignInWithAllocatedChildAsync();
        var (second, secondAccount) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);
        var secondForm = await second.ReadFormAsync(Url(child.Id));
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var firstForm = await first.ReadFormAsync(Url(child.Id));
        await first.PostFormAsync(Url(child.Id), firstForm.With("Input.FamilyName", "Reid").With("Input.Reason", "Spelling corrected"));
        var conflictPage = await HearthClient.ParseAsync(await second.PostFormAsync(Url(child.Id),
            secondForm.With("Input.FamilyName", "Reid").With("Input.FirstLanguage", "Polish").With("Input.Reason", "Interpreter needed")));
        var version = conflictPage.ValueOf("input[name=Version]")!;

        var response = await second.PostFormAsync(Url(child.Id), secondForm
            .With("Input.FamilyName", "Reid").With("Input.FirstLanguage", "Polish").With("Input.Reason", "Interpreter needed")
            .With("Version", version));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.LoadChildAsync(child.Id)).FirstLanguage!.Name.ShouldBe("Polish");
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.ActorId.ShouldBe(secondAccount.Id);
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldBe([("First language", null, "Polish")]);
    }

    [Theory]
    [InlineData(Role.SeniorLeader)]
    [InlineData(Role.DataOfficer)]
    public async Task Details_ReadOnlyRole_ShowsNoChangeLinks(Role role)
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(role);

        var page = await client.GetPageAsync($"/children/{child.Id}");

        page.QuerySelectorAll(".govuk-summary-list__actions a").ShouldBeEmpty();
    }

    [Fact]
    public async Task Details_AllocatedSocialWorker_LinksToEveryChangePage()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync($"/children/{child.Id}");

        var links = page.QuerySelectorAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain(Url(child.Id));
        links.ShouldContain($"/children/{child.Id}/details/names/add");
        links.ShouldContain($"/children/{child.Id}/details/death");
        links.ShouldContain($"/children/{child.Id}/details/address");
        links.ShouldNotContain($"/children/{child.Id}/details/birth");
    }

    [Fact]
    public async Task Details_UnbornChild_LinksToRecordTheBirth()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(expectedDateOfBirth: factory.Clock.Today.AddMonths(2));

        var page = await client.GetPageAsync($"/children/{child.Id}");

        var links = page.QuerySelectorAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain($"/children/{child.Id}/details/birth");
        links.ShouldNotContain($"/children/{child.Id}/details/death");
    }

    [Theory]
    [InlineData(Role.SeniorLeader)]
    [InlineData(Role.DataOfficer)]
    public async Task Post_ReadOnlyRole_Returns403LogsTheRefusalAndSavesNothing(Role role)
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(role);
        var fields = (await client.ReadFormAsync(Url(child.Id))).With("Input.FamilyName", "Reid").With("Input.Reason", "Spelling");

        var response = await client.PostFormAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
        (await factory.LoadChildAsync(child.Id)).Name.FamilyName.ShouldBe("Reed");
    }

    [Fact]
    public async Task Get_SocialWorkerOfAnotherTeam_Returns403AndLogsTheRefusal()
    {
        var (client, account, child) = await factory.SignInAsOtherTeamAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        var page = await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        page.QuerySelector("h1")!.TextContent.ShouldBe("You do not have access to this record");
        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();
        using var client = factory.CreateHearthClient();

        var response = await client.Http.GetAsync(new Uri(Url(child.Id), UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
