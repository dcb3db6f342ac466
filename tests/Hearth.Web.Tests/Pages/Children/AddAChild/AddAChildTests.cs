using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;
using Hearth.Web.Pages.Children.AddAChild;
using Hearth.Web.Tests.Pages.Children.FindAChild;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.AddAChild;

public sealed class AddAChildTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task AddAChild_EveryQuestionAnswered_RegistersTheChildWithTheNextLaChildIdAndAChangeRecord()
    {
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync());
        await RegisterAsync("HC000741");
        var expectedId = await ExpectedNextLaChildIdAsync();

        var journey = await StartAsync(client, "Elowen", "Trevithick", new DateOnly(2019, 4, 12));
        var existing = await client.GetPageAsync($"{journey}/existing-children");
        existing.QuerySelector("h1")!.TextContent.ShouldBe("No children found");
        await AnswerAsync(client, $"{journey}/name", Name("Elowen", "Trevithick", "Wenna"), $"{journey}/date-of-birth");
        await AnswerAsync(client, $"{journey}/date-of-birth", Born(new DateOnly(2019, 4, 12)), $"{journey}/sex");
        await AnswerAsync(client, $"{journey}/sex", new() { ["SexCode"] = "F" }, $"{journey}/ethnicity");
        await AnswerAsync(client, $"{journey}/ethnicity", new() { ["EthnicityCode"] = "WOTH" }, $"{journey}/nhs-number");
        await AnswerAsync(client, $"{journey}/nhs-number", new() { ["NhsNumber"] = "123 456 7881" }, $"{journey}/check-answers");
        var check = await client.GetPageAsync($"{journey}/check-answers");
        var response = await client.SubmitFormAsync($"{journey}/check-answers", new Dictionary<string, string>());

        check.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim())
            .ShouldBe(["Elowen", "Trevithick", "Wenna", "12 April 2019", "Female", "Any other White background", "123 456 7881"]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.Database.CreateContext();
        var child = await db.Set<Child>().SingleAsync(c => c.Name.FamilyName == "Trevithick");
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}");
        child.LaChildId.Value.ShouldBe(expectedId);
        child.Name.ShouldBe(PersonName.Create("Elowen", "Trevithick", "Wenna"));
        child.DateOfBirth.ShouldBe(new DateOnly(2019, 4, 12));
        child.Sex.ShouldBe(Sex.Female);
        child.Ethnicity.Code.ShouldBe("WOTH");
        child.NhsNumber!.Value.ShouldBe("1234567881");
        var change = await db.ChangeRecords.SingleAsync(r => r.ChildId == child.Id);
        change.Summary.ShouldBe("Child registered");
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("No possible duplicate found");
        change.Fields.ShouldContain(f => f.Field == "LA child ID" && f.Before == null && f.After == expectedId);
        var record = await client.GetPageAsync(response.Headers.Location.OriginalString);
        record.QuerySelector(".govuk-notification-banner")!.TextContent.ShouldContain($"Elowen Trevithick has been added with LA child ID {expectedId}");
    }

    [Fact]
    public async Task AddAChild_UnbornChild_IsRegisteredWithTheExpectedDateOfBirth()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.BusinessSupport);
        var due = factory.Clock.Today.AddMonths(3);

        var journey = await StartAsync(client, "Baby", "Penhallow", expectedDateOfBirth: due);
        await AnswerAsync(client, $"{journey}/name", Name("Baby", "Penhallow"), $"{journey}/date-of-birth");
        await AnswerAsync(client, $"{journey}/date-of-birth", Unborn(due), $"{journey}/sex");
        await AnswerAsync(client, $"{journey}/sex", new() { ["SexCode"] = "U" }, $"{journey}/ethnicity");
        await AnswerAsync(client, $"{journey}/ethnicity", new() { ["EthnicityCode"] = "NOBT" }, $"{journey}/nhs-number");
        await AnswerAsync(client, $"{journey}/nhs-number", [], $"{journey}/check-answers");
        var response = await client.SubmitFormAsync($"{journey}/check-answers", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.Database.CreateContext();
        var child = await db.Set<Child>().SingleAsync(c => c.Name.FamilyName == "Penhallow");
        child.DateOfBirth.ShouldBeNull();
        child.ExpectedDateOfBirth.ShouldBe(due);
        child.NhsNumber.ShouldBeNull();
    }

    [Fact]
    public async Task Start_ChildWithTheSameDateOfBirthAndASimilarName_IsShownBeforeAnythingIsAsked()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);
        var existing = await factory.Data.CreateChildAsync("Tobias", "Wrenfield", dateOfBirth: new DateOnly(2016, 8, 30));

        var journey = await StartAsync(client, "Toby", "Wrenfeld", new DateOnly(2016, 8, 30));
        var page = await client.GetPageAsync($"{journey}/existing-children");

        var row = page.QuerySelectorAll("tbody tr").Single();
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/children/{existing.Id}");
        row.QuerySelectorAll("td")[5].TextContent.Trim().ShouldBe(PossibleDuplicates.SameDateOfBirthAndSimilarName);
    }

    [Fact]
    public async Task PossibleDuplicates_SameNhsNumber_IsShownWithTheReasonAndMustBeConfirmed()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);
        var existing = await factory.Data.CreateChildAsync("Kerensa", "Polglaze", dateOfBirth: new DateOnly(2012, 1, 5), nhsNumber: "9434765919");

        var journey = await AnswerEverythingAsync(client, "Jago", "Nancarrow", new DateOnly(2014, 3, 3), nhsNumber: "943 476 5919");
        var next = await client.SubmitFormAsync($"{journey}/nhs-number", new Dictionary<string, string> { ["NhsNumber"] = "943 476 5919" });
        next.Headers.Location!.OriginalString.ShouldBe($"{journey}/possible-duplicates");
        var page = await client.GetPageAsync($"{journey}/possible-duplicates");
        var unconfirmed = await client.SubmitFormAsync($"{journey}/possible-duplicates", new Dictionary<string, string>());
        using var skipped = await client.Http.GetAsync(new Uri($"{journey}/check-answers", UriKind.Relative));
        var confirmed = await client.SubmitFormAsync($"{journey}/possible-duplicates", new Dictionary<string, string> { ["DifferentChild"] = "true" });

        var row = page.QuerySelectorAll("tbody tr").Single();
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/children/{existing.Id}");
        row.QuerySelectorAll("td")[5].TextContent.Trim().ShouldBe(PossibleDuplicates.SameNhsNumber);
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var error = await HearthClient.ParseAsync(unconfirmed);
        error.QuerySelector(".govuk-error-summary a")!.TextContent.ShouldBe(PossibleDuplicatesModel.NotConfirmed);
        error.QuerySelector(".govuk-error-summary a")!.GetAttribute("href").ShouldBe("#DifferentChild");
        skipped.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        skipped.Headers.Location!.OriginalString.ShouldBe($"{journey}/possible-duplicates");
        confirmed.Headers.Location!.OriginalString.ShouldBe($"{journey}/check-answers");
        await using var db = factory.Database.CreateContext();
        (await db.Set<Child>().AnyAsync(c => c.Name.FamilyName == "Nancarrow")).ShouldBeFalse();
    }

    [Fact]
    public async Task PossibleDuplicates_SameDateOfBirthAndSimilarName_IsShownWithTheReason()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.TeamManager, await factory.Data.CreateTeamAsync());
        await factory.Data.CreateChildAsync("Morwenna", "Chenoweth", dateOfBirth: new DateOnly(2013, 10, 9));

        var journey = await AnswerEverythingAsync(client, "Morwena", "Chenoweth", new DateOnly(2013, 10, 9));
        var next = await client.SubmitFormAsync($"{journey}/nhs-number", new Dictionary<string, string>());
        var page = await client.GetPageAsync($"{journey}/possible-duplicates");

        next.Headers.Location!.OriginalString.ShouldBe($"{journey}/possible-duplicates");
        page.QuerySelectorAll("tbody tr").Single().QuerySelectorAll("td")[5].TextContent.Trim()
            .ShouldBe(PossibleDuplicates.SameDateOfBirthAndSimilarName);
    }

    [Fact]
    public async Task Start_NothingEntered_ShowsEveryErrorAndSavesNothing()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);

        var response = await client.SubmitFormAsync("/children/add", new Dictionary<string, string> { ["GivenNames"] = "Ia" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.TextContent)
            .ShouldBe(["Enter the child's family name", "Select whether the child has been born"]);
        page.QuerySelector<IHtmlInputElement>("#GivenNames")!.Value.ShouldBe("Ia");
    }

    [Fact]
    public async Task Name_NameWithDigits_ShowsTheDomainsMessageAndKeepsWhatWasTyped()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);
        var journey = await StartAsync(client, "Ruan", "Angove", new DateOnly(2015, 1, 1));

        var page = await HearthClient.ParseAsync(await client.SubmitFormAsync($"{journey}/name",
            new Dictionary<string, string> { ["GivenNames"] = "Ruan", ["FamilyName"] = "Ang0ve", ["PreferredName"] = "Ru" }));

        page.QuerySelector(".govuk-error-summary a")!.TextContent.ShouldBe("Family name must only include letters a to z, hyphens, spaces and apostrophes");
        page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href").ShouldBe("#FamilyName");
        page.QuerySelector<IHtmlInputElement>("#FamilyName")!.Value.ShouldBe("Ang0ve");
        page.QuerySelector<IHtmlInputElement>("#PreferredName")!.Value.ShouldBe("Ru");
    }

    [Theory]
    [InlineData("yes", "DateOfBirth", "31", "2", "2015", "Date of birth must be a real date")]
    [InlineData("yes", "DateOfBirth", "3", "11", "2026", "The date of birth cannot be in the future")]
    [InlineData("no", "ExpectedDateOfBirth", "1", "1", "2028", "The expected date of birth must be within the next 10 months")]
    [InlineData("no", "ExpectedDateOfBirth", "", "", "", "Enter the expected date of birth")]
    public async Task DateOfBirth_WrongDate_ShowsTheErrorAndKeepsWhatWasTyped(string born, string field, string day, string month, string year, string message)
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);
        var journey = await StartAsync(client, "Demelza", "Tregear", new DateOnly(2015, 1, 1));

        var page = await HearthClient.ParseAsync(await client.SubmitFormAsync($"{journey}/date-of-birth", new Dictionary<string, string>
        {
            ["Born"] = born,
            [$"{field}.Day"] = day,
            [$"{field}.Month"] = month,
            [$"{field}.Year"] = year,
        }));

        page.QuerySelector(".govuk-error-summary a")!.TextContent.ShouldBe(message);
        page.QuerySelector<IHtmlInputElement>($"input[name='Born'][value='{born}']")!.IsChecked.ShouldBeTrue();
        page.QuerySelector<IHtmlInputElement>($"input[name='{field}.Day']")!.Value.ShouldBe(day);
        page.QuerySelector<IHtmlInputElement>($"input[name='{field}.Year']")!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("sex", "SexCode", "Select the child's sex")]
    [InlineData("ethnicity", "EthnicityCode", "Select the child's ethnicity")]
    public async Task Question_NothingChosen_AsksToChoose(string step, string field, string message)
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);
        var journey = await StartAsync(client, "Lowena", "Pascoe", new DateOnly(2015, 1, 1));

        var page = await HearthClient.ParseAsync(await client.SubmitFormAsync($"{journey}/{step}", new Dictionary<string, string>()));

        page.QuerySelector(".govuk-error-summary a")!.TextContent.ShouldBe(message);
        page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href").ShouldBe($"#{field}");
        page.QuerySelector($"#{field}-error").ShouldNotBeNull();
    }

    [Fact]
    public async Task NhsNumber_FailsItsCheck_ShowsWhyAndKeepsWhatWasTyped()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);
        var journey = await StartAsync(client, "Tamsin", "Rowe", new DateOnly(2015, 1, 1));

        var page = await HearthClient.ParseAsync(await client.SubmitFormAsync($"{journey}/nhs-number",
            new Dictionary<string, string> { ["NhsNumber"] = "943 476 5918" }));

        page.QuerySelector(".govuk-error-summary a")!.TextContent.ShouldBe("This is not a valid NHS number: check it has been copied correctly");
        page.QuerySelector<IHtmlInputElement>("#NhsNumber")!.Value.ShouldBe("943 476 5918");
    }

    [Fact]
    public async Task CheckAnswers_QuestionsNotAnswered_SendsThePersonToTheFirstOne()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);
        var journey = await StartAsync(client, "Jory", "Opie", new DateOnly(2015, 1, 1));

        using var response = await client.Http.GetAsync(new Uri($"{journey}/check-answers", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"{journey}/name");
    }

    [Fact]
    public async Task Journey_StartedBySomeoneElse_CannotBeContinued()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);
        var journey = await StartAsync(client, "Piran", "Hocking", new DateOnly(2015, 1, 1));
        var (other, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);

        using var response = await other.Http.GetAsync(new Uri($"{journey}/name", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/children/add");
    }

    [Theory]
    [InlineData(Role.SeniorLeader)]
    [InlineData(Role.DataOfficer)]
    [InlineData(Role.QualityAssuranceOfficer)]
    [InlineData(Role.Administrator)]
    public async Task Start_RoleThatCannotAdd_IsRefused(Role role)
    {
        var (client, _) = await factory.SignInAsNewUserAsync(role);

        var page = await client.GetPageAsync("/children/add", HttpStatusCode.Forbidden);
        using var post = await client.PostAsync("/children/add", new Dictionary<string, string>
        {
            ["GivenNames"] = "Ia",
            ["FamilyName"] = "Refused",
            ["Born"] = "yes",
            ["DateOfBirth.Day"] = "1",
            ["DateOfBirth.Month"] = "1",
            ["DateOfBirth.Year"] = "2015",
        }, tokenFrom: "/account/change-password");

        page.QuerySelector("h1")!.TextContent.ShouldBe("You do not have permission to add a child");
        page.QuerySelector("main")!.TextContent.ShouldContain(AddAChildAccess.Refusal);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(Role.BusinessSupport)]
    [InlineData(Role.IndependentReviewingOfficer)]
    public async Task Start_RoleThatRecordsOnChildren_CanStart(Role role)
    {
        var (client, _) = await factory.SignInAsNewUserAsync(role);

        var page = await client.GetPageAsync("/children/add");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Check the child is not already on Hearth");
    }

    [Fact]
    public async Task Start_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri("/children/add", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/sign-in?returnUrl=");
    }

    private static async Task<string> StartAsync(HearthClient client, string givenNames, string familyName, DateOnly? dateOfBirth = null, DateOnly? expectedDateOfBirth = null)
    {
        var date = dateOfBirth ?? expectedDateOfBirth!.Value;
        var field = dateOfBirth is null ? "ExpectedDateOfBirth" : "DateOfBirth";
        var response = await client.SubmitFormAsync("/children/add", new Dictionary<string, string>
        {
            ["GivenNames"] = givenNames,
            ["FamilyName"] = familyName,
            ["Born"] = dateOfBirth is null ? "no" : "yes",
            [$"{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
            [$"{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
            [$"{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldEndWith("/existing-children");
        return location[..^"/existing-children".Length];
    }

    private static async Task AnswerAsync(HearthClient client, string url, Dictionary<string, string> fields, string expectedNext)
    {
        var response = await client.SubmitFormAsync(url, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{url} did not accept the answer");
        response.Headers.Location!.OriginalString.ShouldBe(expectedNext);
    }

    private static async Task<string> AnswerEverythingAsync(HearthClient client, string givenNames, string familyName, DateOnly dateOfBirth, string? nhsNumber = null)
    {
        var journey = await StartAsync(client, givenNames, familyName, dateOfBirth);
        await AnswerAsync(client, $"{journey}/name", Name(givenNames, familyName), $"{journey}/date-of-birth");
        await AnswerAsync(client, $"{journey}/date-of-birth", Born(dateOfBirth), $"{journey}/sex");
        await AnswerAsync(client, $"{journey}/sex", new() { ["SexCode"] = "M" }, $"{journey}/ethnicity");
        await AnswerAsync(client, $"{journey}/ethnicity", new() { ["EthnicityCode"] = "WBRI" }, $"{journey}/nhs-number");
        return journey;
    }

    private static Dictionary<string, string> Name(string givenNames, string familyName, string preferredName = "") =>
        new() { ["GivenNames"] = givenNames, ["FamilyName"] = familyName, ["PreferredName"] = preferredName };

    private static Dictionary<string, string> Born(DateOnly dateOfBirth) => Date("yes", "DateOfBirth", dateOfBirth);

    private static Dictionary<string, string> Unborn(DateOnly expected) => Date("no", "ExpectedDateOfBirth", expected);

    private static Dictionary<string, string> Date(string born, string field, DateOnly date) => new()
    {
        ["Born"] = born,
        [$"{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    private async Task RegisterAsync(string laChildId)
    {
        await using var db = factory.Database.CreateContext();
        db.Add(Child.Register(LocalAuthorityChildId.Create(laChildId), Hearth.TestSupport.TestData.ChildDetails("Existing", "Numbered"), factory.Clock.Today, factory.Data.Change()));
        await db.SaveChangesAsync();
    }

    private async Task<string> ExpectedNextLaChildIdAsync()
    {
        await using var db = factory.Database.CreateContext();
        var ids = (await db.Set<Child>().Select(c => c.LaChildId).ToListAsync()).Select(i => i.Value);
        var highest = ids.Where(i => i.StartsWith("HC", StringComparison.Ordinal) && i[2..].All(char.IsAsciiDigit)).Select(i => int.Parse(i[2..], CultureInfo.InvariantCulture)).Max();
        return $"HC{highest + 1:D6}";
    }
}
