using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;

namespace Hearth.Web.Tests.Pages.Children.Record.EditDetails;

public sealed class RecordDeathTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/details/death";

    [Fact]
    public async Task Get_BornChild_ShowsTheDateOfDeathQuestion()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector("#DateOfDeath-day").ShouldNotBeNull();
        page.QuerySelector("form[novalidate] button")!.TextContent.ShouldContain("Record date of death");
    }

    [Fact]
    public async Task Get_UnbornChild_SaysToRecordTheBirthFirstAndHasNoForm()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(expectedDateOfBirth: factory.Clock.Today.AddMonths(1));

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector(".govuk-inset-text")!.TextContent.ShouldContain("Record the child's birth before recording their death");
        page.QuerySelector("#DateOfDeath-day").ShouldBeNull();
    }

    [Fact]
    public async Task Post_ValidDate_RecordsTheDeathWithAChangeRecordAndRedirects()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var died = factory.Clock.Today.AddDays(-3);

        var response = await client.SubmitFormAsync(Url(child.Id), DateFields("DateOfDeath", died));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}");
        (await factory.LoadChildAsync(child.Id)).DateOfDeath.ShouldBe(died);
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Death recorded");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldBe([("Date of death", null, died.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]);
    }

    [Fact]
    public async Task Post_DateInTheFuture_ShowsTheRuleKeepsTheDateAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var tomorrow = factory.Clock.Today.AddDays(1);

        var response = await client.SubmitFormAsync(Url(child.Id), DateFields("DateOfDeath", tomorrow));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("The date of death cannot be in the future");
        page.QuerySelector("#DateOfDeath-error")!.TextContent.ShouldContain("The date of death cannot be in the future");
        page.ValueOf("#DateOfDeath-year").ShouldBe(tomorrow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await factory.LoadChildAsync(child.Id)).DateOfDeath.ShouldBeNull();
    }

    [Fact]
    public async Task Post_NoDate_AsksForTheDate()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string>());

        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Enter the date of death");
        (await factory.LoadChildAsync(child.Id)).DateOfDeath.ShouldBeNull();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_Returns403AndLogsTheRefusal()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        var response = await client.PostAsync(Url(child.Id), DateFields("DateOfDeath", factory.Clock.Today));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
        (await factory.LoadChildAsync(child.Id)).DateOfDeath.ShouldBeNull();
    }

    [Fact]
    public async Task Get_SocialWorkerOfAnotherTeam_Returns403()
    {
        var (client, account, child) = await factory.SignInAsOtherTeamAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }

    internal static Dictionary<string, string> DateFields(string name, DateOnly date) => new()
    {
        [$"{name}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
