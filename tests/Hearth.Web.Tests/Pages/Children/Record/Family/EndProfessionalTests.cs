using System.Net;
using Hearth.Domain.Children;
using Hearth.TestSupport.Web;
using Hearth.Web.Tests.Pages.Children.Record.EditDetails;

namespace Hearth.Web.Tests.Pages.Children.Record.Family;

public sealed class EndProfessionalTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid professionalId) => $"/children/{childId}/family/professionals/{professionalId}/end";

    private Action<Child> WithSchool => c =>
        c.AddProfessional(ProfessionalRole.School, null, "Walliscote Primary", null, null, new DateOnly(2022, 9, 1), factory.Data.Today, factory.Data.Change());

    [Fact]
    public async Task Get_ShowsWhoseInvolvementIsEnding()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(WithSchool);

        var page = await client.GetPageAsync(Url(child.Id, child.Professionals.Single().Id));

        page.QuerySelector("main h2")!.TextContent.ShouldContain("Walliscote Primary");
        page.QuerySelector("#EndDate-day").ShouldNotBeNull();
    }

    [Fact]
    public async Task Post_DateAndReason_EndsTheInvolvementAndRecordsWhy()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync(WithSchool);
        var school = child.Professionals.Single();
        var fields = RecordDeathTests.DateFields("EndDate", new DateOnly(2026, 7, 22));
        fields["Reason"] = "Moved to secondary school";

        var response = await client.SubmitFormAsync(Url(child.Id, school.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.LoadChildAsync(child.Id)).Professionals.Single().ToDate.ShouldBe(new DateOnly(2026, 7, 22));
        var change = (await factory.ChangeRecordsAsync(child.Id)).Last();
        change.Summary.ShouldBe("Professional's involvement ended");
        change.Reason.ShouldBe("Moved to secondary school");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.Select(f => (f.Field, f.Before, f.After)).ShouldBe([("Involved until", null, "2026-07-22")]);
    }

    [Fact]
    public async Task Post_FutureDate_ShowsTheRuleAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(WithSchool);
        var school = child.Professionals.Single();
        var fields = RecordDeathTests.DateFields("EndDate", factory.Clock.Today.AddDays(5));
        fields["Reason"] = "Moving school";

        var page = await HearthClient.ParseAsync(await client.SubmitFormAsync(Url(child.Id, school.Id), fields));

        page.QuerySelector("#EndDate-error")!.TextContent.ShouldContain("The end date cannot be in the future");
        page.ValueOf("#Reason").ShouldBe("Moving school");
        (await factory.LoadChildAsync(child.Id)).Professionals.Single().IsCurrent.ShouldBeTrue();
    }
}
