using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Warnings;

public sealed class ReviewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private async Task<(Child Child, Guid WarningId)> ChildWithWarningAsync()
    {
        var today = factory.Data.Today;
        var warningId = Guid.Empty;
        var child = await factory.Data.CreateChildAsync(configure: c =>
            warningId = c.AddWarning(WarningType.DogOrAnimal, "Large dog", today.AddMonths(-3), today, today.AddMonths(-3), factory.Data.Change()).Id);
        return (child, warningId);
    }

    private Task<WorkerSafetyWarning> WarningAsync(Guid childId, Guid warningId) =>
        factory.QueryAsync(async db => (await db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId)).Warnings.Single(w => w.Id == warningId));

    [Fact]
    public async Task Get_ShowsTheWarningAndTodayAsTheReviewDate()
    {
        var (child, warningId) = await ChildWithWarningAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.BusinessSupport);

        var page = await client.GetPageAsync($"/children/{child.Id}/warnings/{warningId}/review");

        page.Text("h2.govuk-heading-l").ShouldBe("Review warning: Dog or other animal");
        page.Text(".govuk-summary-list").ShouldContain("Large dog");
        page.InputValue("ReviewedOn.Day").ShouldBe("2");
        page.InputValue("ReviewedOn.Year").ShouldBe("2026");
    }

    [Fact]
    public async Task Post_Continue_SetsNextReviewDateAndRecordsTheChange()
    {
        var (child, warningId) = await ChildWithWarningAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.BusinessSupport);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/warnings/{warningId}/review", new Dictionary<string, string>
        {
            ["ReviewedOn.Day"] = "2",
            ["ReviewedOn.Month"] = "11",
            ["ReviewedOn.Year"] = "2026",
            ["Outcome"] = "Continue",
            ["NextReviewDate.Day"] = "1",
            ["NextReviewDate.Month"] = "3",
            ["NextReviewDate.Year"] = "2027",
            ["Note"] = "Dog still at the address",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var warning = await WarningAsync(child.Id, warningId);
        warning.ReviewDate.ShouldBe(new DateOnly(2027, 3, 1));
        warning.IsActive.ShouldBeTrue();
        warning.Reviews.ShouldHaveSingleItem().Note.ShouldBe("Dog still at the address");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Summary.ShouldBe("Warning reviewed");
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("Dog still at the address");
        change.Fields.ShouldContain(f => f.Field == "Review date" && f.Before == "2026-11-02" && f.After == "2027-03-01");
    }

    [Fact]
    public async Task Post_End_EndsTheWarning()
    {
        var (child, warningId) = await ChildWithWarningAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.BusinessSupport);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/warnings/{warningId}/review", new Dictionary<string, string>
        {
            ["ReviewedOn.Day"] = "2",
            ["ReviewedOn.Month"] = "11",
            ["ReviewedOn.Year"] = "2026",
            ["Outcome"] = "End",
            ["Note"] = "Dog rehomed",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var warning = await WarningAsync(child.Id, warningId);
        warning.EndedOn.ShouldBe(factory.Data.Today);
        warning.EndReason.ShouldBe("Dog rehomed");
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Summary.ShouldBe("Warning reviewed and ended");
    }

    [Fact]
    public async Task Post_ContinueWithoutNextReviewDate_ShowsErrorKeepsNoteAndSavesNothing()
    {
        var (child, warningId) = await ChildWithWarningAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.BusinessSupport);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/warnings/{warningId}/review", new Dictionary<string, string>
        {
            ["ReviewedOn.Day"] = "2",
            ["ReviewedOn.Month"] = "11",
            ["ReviewedOn.Year"] = "2026",
            ["Outcome"] = "Continue",
            ["Note"] = "Still a risk",
        });

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter the date of the next review"]);
        page.Text("#NextReviewDate-error").ShouldContain("Enter the date of the next review");
        page.QuerySelector("textarea[name=Note]")!.TextContent.ShouldBe("Still a risk");
        page.QuerySelector("input[name=Outcome][value=Continue]")!.HasAttribute("checked").ShouldBeTrue();
        (await WarningAsync(child.Id, warningId)).Reviews.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_EndWithoutNote_ShowsTheDomainMessageAgainstTheNote()
    {
        var (child, warningId) = await ChildWithWarningAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.BusinessSupport);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/warnings/{warningId}/review", new Dictionary<string, string>
        {
            ["ReviewedOn.Day"] = "2",
            ["ReviewedOn.Month"] = "11",
            ["ReviewedOn.Year"] = "2026",
            ["Outcome"] = "End",
        });

        var page = await response.ShouldShowPageAsync();
        page.Text("#Note-error").ShouldContain("Give a reason for ending the warning");
        (await WarningAsync(child.Id, warningId)).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Post_SeniorLeader_IsRefusedAndLogged()
    {
        var (child, warningId) = await ChildWithWarningAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        using var response = await client.PostAsync($"/children/{child.Id}/warnings/{warningId}/review",
            new Dictionary<string, string> { ["Outcome"] = "End", ["Note"] = "Not my call" }, tokenFrom: $"/children/{child.Id}/warnings");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await WarningAsync(child.Id, warningId)).IsActive.ShouldBeTrue();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }
}
