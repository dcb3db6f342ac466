using System.Net;
using Hearth.Data;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Warnings;

public sealed class AddTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static Dictionary<string, string> Fields(string type = "DRUG", string description = "Needles found in the hallway",
        string raised = "30/10/2026", string review = "1/2/2027")
    {
        var (raisedParts, reviewParts) = (raised.Split('/'), review.Split('/'));
        return new Dictionary<string, string>
        {
            ["Type"] = type,
            ["Description"] = description,
            ["RaisedOn.Day"] = raisedParts[0],
            ["RaisedOn.Month"] = raisedParts[1],
            ["RaisedOn.Year"] = raisedParts[2],
            ["ReviewDate.Day"] = reviewParts[0],
            ["ReviewDate.Month"] = reviewParts[1],
            ["ReviewDate.Year"] = reviewParts[2],
        };
    }

    private async Task<Child> LoadAsync(Guid childId) =>
        await factory.QueryAsync(db => db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId));

    [Fact]
    public async Task Post_Valid_AddsWarningWithChangeRecordAndRedirects()
    {
        var child = await factory.Data.CreateChildAsync();
        var team = await factory.Data.CreateTeamAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/warnings/add", Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/children/{child.Id}/warnings");
        var warning = (await LoadAsync(child.Id)).Warnings.ShouldHaveSingleItem();
        warning.Type.ShouldBe(WarningType.DrugUse);
        warning.Description.ShouldBe("Needles found in the hallway");
        warning.RaisedOn.ShouldBe(new DateOnly(2026, 10, 30));
        warning.ReviewDate.ShouldBe(new DateOnly(2027, 2, 1));
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Summary.ShouldBe("Warning added");
        change.ActorId.ShouldBe(account.Id);
        change.EntityId.ShouldBe(warning.Id);
        change.Fields.ShouldContain(f => f.Field == "Description" && f.Before == null && f.After == "Needles found in the hallway");
        change.Fields.ShouldContain(f => f.Field == "Review date" && f.After == "2027-02-01");
        var list = await client.GetPageAsync($"/children/{child.Id}/warnings");
        list.Text(".govuk-notification-banner").ShouldContain("Warning added: Drug use");
    }

    [Fact]
    public async Task Post_Invalid_ShowsErrorsKeepsInputAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync();
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);
        var fields = Fields(description: "Dog in the garden", raised: "31/2/2026", review: "1/1/2026");
        fields.Remove("Type");

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/warnings/add", fields);

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Select the type of warning", "Date raised must be a real date"]);
        page.Text("#Type-error").ShouldContain("Select the type of warning");
        page.Text("#RaisedOn-error").ShouldContain("Date raised must be a real date");
        page.QuerySelector("textarea[name=Description]")!.TextContent.ShouldBe("Dog in the garden");
        page.InputValue("RaisedOn.Day").ShouldBe("31");
        (await LoadAsync(child.Id)).Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReviewDateInThePast_ShowsDomainMessageAgainstReviewDate()
    {
        var child = await factory.Data.CreateChildAsync();
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/warnings/add", Fields(review: "1/11/2026"));

        var page = await response.ShouldShowPageAsync();
        page.Text("#ReviewDate-error").ShouldContain("The review date cannot be in the past");
        (await LoadAsync(child.Id)).Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync($"/children/{child.Id}/warnings/add", Fields(), tokenFrom: $"/children/{child.Id}/warnings");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await LoadAsync(child.Id)).Warnings.ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/warnings/add", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SomeoneElseChangedTheRecord_ShowsWhatChangedAndKeepsInput()
    {
        var child = await factory.Data.CreateChildAsync();
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);
        var form = await client.GetPageAsync($"/children/{child.Id}/warnings/add");
        var version = form.InputValue("Version")!;
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var db = factory.Database.CreateContext())
        {
            var tracked = await db.Set<Child>().SingleAsync(c => c.Id == child.Id);
            tracked.AddWarning(WarningType.DogOrAnimal, "Dog bit a visitor", factory.Data.Today, factory.Data.Today.AddMonths(3), factory.Data.Today,
                new Hearth.Domain.Audit.ChangeContext(Guid.CreateVersion7(), "Sam Colleague", factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var fields = Fields(description: "Needles found");
        fields["Version"] = version;
        using var response = await client.PostAsync($"/children/{child.Id}/warnings/add", fields, tokenFrom: $"/children/{child.Id}/warnings/add");

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldContain(e => e.StartsWith("Someone else changed this record while you were editing it", StringComparison.Ordinal));
        page.Text("#changes-since").ShouldContain("Warning added by Sam Colleague");
        page.QuerySelector("textarea[name=Description]")!.TextContent.ShouldBe("Needles found");
        (await LoadAsync(child.Id)).Warnings.ShouldHaveSingleItem().Description.ShouldBe("Dog bit a visitor");
    }
}
