using System.Globalization;
using System.Net;
using Hearth.TestSupport.Web;

namespace Hearth.Web.Tests.Pages.Children.Record.EditDetails;

public sealed class RecordBirthTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/details/birth";

    [Fact]
    public async Task Get_UnbornChild_AsksForDateOfBirthAndSex()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(expectedDateOfBirth: factory.Clock.Today.AddDays(10));

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector("#DateOfBirth-day").ShouldNotBeNull();
        page.QuerySelectorAll("input[name=Sex]").Length.ShouldBe(3);
    }

    [Fact]
    public async Task Get_ChildAlreadyBorn_SaysSoAndHasNoForm()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector(".govuk-inset-text")!.TextContent.ShouldContain("already been recorded");
        page.QuerySelector("#DateOfBirth-day").ShouldBeNull();
    }

    [Fact]
    public async Task Post_DateAndSex_RecordsTheBirthKeepingTheExpectedDate()
    {
        var due = factory.Clock.Today.AddDays(10);
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync(expectedDateOfBirth: due);
        var born = factory.Clock.Today.AddDays(-2);
        var fields = RecordDeathTests.DateFields("DateOfBirth", born);
        fields["Sex"] = "F";

        var response = await client.SubmitFormAsync(Url(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.LoadChildAsync(child.Id);
        saved.DateOfBirth.ShouldBe(born);
        saved.ExpectedDateOfBirth.ShouldBe(due);
        saved.Sex.Code.ShouldBe("F");
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Birth recorded");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldBe(
            [("Date of birth", null, born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Sex", "Male", "Female")]);
    }

    [Fact]
    public async Task Post_ImpossibleDateAndNoSex_ShowsBothErrorsAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(expectedDateOfBirth: factory.Clock.Today.AddDays(10));

        var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string> { ["DateOfBirth.Day"] = "31", ["DateOfBirth.Month"] = "2", ["DateOfBirth.Year"] = "2026" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        summary.ShouldContain("Date of birth must be a real date");
        summary.ShouldContain("Select the child's sex");
        page.ValueOf("#DateOfBirth-day").ShouldBe("31");
        (await factory.LoadChildAsync(child.Id)).DateOfBirth.ShouldBeNull();
    }
}
