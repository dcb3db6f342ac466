using System.Globalization;
using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;
using Hearth.Web.Tests.Pages.Children.Record.EditDetails;

namespace Hearth.Web.Tests.Pages.Children.Record.Family;

public sealed class EndRelationshipTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static readonly DateOnly Started = new(2018, 5, 14);

    private static string Url(Guid childId, Guid relationshipId) => $"/children/{childId}/family/relationships/{relationshipId}/end";

    private Action<Child> WithFather => c =>
        c.AddRelationship(RelationshipType.Father, "Dean Reed", null, true, true, null, null, null, Started, factory.Data.Today, factory.Data.Change());

    [Fact]
    public async Task Get_ShowsWhoseRelationshipIsEnding()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(WithFather);
        var father = child.Relationships.Single();

        var page = await client.GetPageAsync(Url(child.Id, father.Id));

        page.QuerySelector("main h2")!.TextContent.ShouldBe("End relationship with Dean Reed");
        page.QuerySelector("#EndDate-day").ShouldNotBeNull();
        page.QuerySelector("#Reason").ShouldNotBeNull();
    }

    [Fact]
    public async Task Post_DateAndReason_EndsTheRelationshipKeepingThePersonAndRecordsWhy()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync(WithFather);
        var father = child.Relationships.Single();
        var ended = factory.Clock.Today.AddDays(-10);
        var fields = RecordDeathTests.DateFields("EndDate", ended);
        fields["Reason"] = "Moved out of the family home";

        var response = await client.SubmitFormAsync(Url(child.Id, father.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/family");
        var saved = (await factory.LoadChildAsync(child.Id)).Relationships.Single();
        saved.EndDate.ShouldBe(ended);
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Relationship ended: Dean Reed");
        change.Reason.ShouldBe("Moved out of the family home");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldBe([("End date", null, ended.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
    }

    [Fact]
    public async Task Post_EndBeforeItStartedAndNoReason_ShowsErrorsAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(WithFather);
        var father = child.Relationships.Single();

        var response = await client.SubmitFormAsync(Url(child.Id, father.Id), RecordDeathTests.DateFields("EndDate", Started.AddDays(-1)));

        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector("#Reason-error")!.TextContent.ShouldContain("Enter the reason the relationship ended");
        page.ValueOf("#EndDate-day").ShouldBe("13");

        var withReason = RecordDeathTests.DateFields("EndDate", Started.AddDays(-1));
        withReason["Reason"] = "Entered in error";
        var second = await HearthClient.ParseAsync(await client.SubmitFormAsync(Url(child.Id, father.Id), withReason));
        second.QuerySelector("#EndDate-error")!.TextContent.ShouldContain("The relationship cannot end before it started on 14 May 2018");
        (await factory.LoadChildAsync(child.Id)).Relationships.Single().EndDate.ShouldBeNull();
    }

    [Fact]
    public async Task Get_UnknownRelationship_Returns404()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(WithFather);

        var response = await client.Http.GetAsync(new Uri(Url(child.Id, Guid.NewGuid()), UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_ReadOnlyRole_Returns403AndLogsTheRefusal()
    {
        var child = await factory.Data.CreateChildAsync(configure: WithFather);
        var father = child.Relationships.Single();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);
        var fields = RecordDeathTests.DateFields("EndDate", factory.Clock.Today);
        fields["Reason"] = "Moved out";

        var response = await client.PostAsync(Url(child.Id, father.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id, father.Id));
        (await factory.LoadChildAsync(child.Id)).Relationships.Single().IsCurrent.ShouldBeTrue();
    }
}
