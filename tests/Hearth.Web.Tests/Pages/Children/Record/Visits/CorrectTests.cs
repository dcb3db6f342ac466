using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Visits;

public sealed class CorrectTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid visitId) => $"/children/{childId}/visits/{visitId}/correct";

    [Fact]
    public async Task Get_Visit_FillsTheFormWithWhatWasRecorded()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var visit = await factory.Data.RecordVisitAsync(factory.Database, child.Id, VisitKind.Assessment, new DateOnly(2026, 10, 12));

        var page = await client.GetPageAsync(Url(child.Id, visit.Id));

        page.ValueOf("select[name='Input.Kind']").ShouldBe(nameof(VisitKind.Assessment));
        page.InputValue("Input.VisitedOn.Day").ShouldBe("12");
        page.IsChecked("input[name='Input.Seen'][value='seen-alone']").ShouldBeTrue();
        page.ValueOf("textarea[name='Input.WishesAndFeelings']").ShouldBe("I like my new school");
    }

    [Fact]
    public async Task Post_ValidWithReason_CorrectsTheVisitWithBeforeAndAfter()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var visit = await factory.Data.RecordVisitAsync(factory.Database, child.Id, VisitKind.Assessment, new DateOnly(2026, 10, 12), visitorWorkerId: account.WorkerId);
        var fields = (await client.ReadFormAsync(Url(child.Id, visit.Id)))
            .With("Input.Seen", "not-seen")
            .With("Input.NotSeenReason", "Child was at nursery")
            .With("Reason", "Recorded the wrong visit");

        using var response = await client.PostFormAsync(Url(child.Id, visit.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/visits/{visit.Id}");
        var saved = (await factory.VisitsOfAsync(child.Id)).ShouldHaveSingleItem();
        saved.ChildSeen.ShouldBeFalse();
        saved.NotSeenReason.ShouldBe("Child was at nursery");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Summary.ShouldBe("Visit corrected");
        change.Reason.ShouldBe("Recorded the wrong visit");
        change.Fields.ShouldContain(f => f.Field == "Child seen" && f.Before == "Yes" && f.After == "No");
    }

    [Fact]
    public async Task Post_NoReason_AsksForItAndKeepsInput()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var visit = await factory.Data.RecordVisitAsync(factory.Database, child.Id, visitorWorkerId: account.WorkerId);
        var fields = (await client.ReadFormAsync(Url(child.Id, visit.Id))).With("Input.Observations", "Dog in the garden");

        using var response = await client.PostFormAsync(Url(child.Id, visit.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter the reason for the correction"]);
        page.Text("#Reason-error").ShouldContain("Enter the reason for the correction");
        page.ValueOf("textarea[name='Input.Observations']").ShouldBe("Dog in the garden");
        (await factory.VisitsOfAsync(child.Id)).ShouldHaveSingleItem().Observations.ShouldBe("Home warm and tidy");
    }

    [Fact]
    public async Task Post_SomeoneElseCorrectedItMeanwhile_SaysWhatChangedAndSavesNothing()
    {
        var (client, account, child, team) = await factory.SignInWithAllocatedChildAsync();
        var visit = await factory.Data.RecordVisitAsync(factory.Database, child.Id, visitorWorkerId: account.WorkerId);
        var fields = (await client.ReadFormAsync(Url(child.Id, visit.Id))).With("Input.Observations", "Mine").With("Reason", "Mine");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var (other, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);
        using (var theirs = await other.PostFormAsync(Url(child.Id, visit.Id),
            (await other.ReadFormAsync(Url(child.Id, visit.Id))).With("Input.Analysis", "Theirs").With("Reason", "Theirs")))
        {
            theirs.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var response = await client.PostFormAsync(Url(child.Id, visit.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldContain("Someone else changed this record while you were editing it. Check what changed, then submit again.");
        page.Text("#changes-since").ShouldContain("Visit corrected");
        (await factory.VisitsOfAsync(child.Id)).ShouldHaveSingleItem().Observations.ShouldBe("Home warm and tidy");
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var visit = await factory.Data.RecordVisitAsync(factory.Database, child.Id);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id, visit.Id), new Dictionary<string, string> { ["Reason"] = "x" }, tokenFrom: $"/children/{child.Id}/visits");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/correct", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var visit = await factory.Data.RecordVisitAsync(factory.Database, child.Id);

        await client.GetPageAsync(Url(child.Id, visit.Id), HttpStatusCode.Forbidden);
    }
}
