using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Warnings;

public sealed class EndTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private async Task<(Child Child, Guid WarningId)> ChildWithWarningAsync()
    {
        var today = factory.Data.Today;
        var warningId = Guid.Empty;
        var child = await factory.Data.CreateChildAsync(configure: c =>
            warningId = c.AddWarning(WarningType.ViolentOrAggressivePerson, "Uncle threatens visitors", today.AddMonths(-1), today.AddMonths(2), today, factory.Data.Change()).Id);
        return (child, warningId);
    }

    private Task<WorkerSafetyWarning> WarningAsync(Guid childId, Guid warningId) =>
        factory.QueryAsync(async db => (await db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId)).Warnings.Single(w => w.Id == warningId));

    [Fact]
    public async Task Post_Valid_EndsTheWarningWithChangeRecord()
    {
        var (child, warningId) = await ChildWithWarningAsync();
        var team = await factory.Data.CreateTeamAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/warnings/{warningId}/end", new Dictionary<string, string>
        {
            ["EndedOn.Day"] = "1",
            ["EndedOn.Month"] = "11",
            ["EndedOn.Year"] = "2026",
            ["Reason"] = "Uncle moved away",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/children/{child.Id}/warnings");
        var warning = await WarningAsync(child.Id, warningId);
        warning.EndedOn.ShouldBe(new DateOnly(2026, 11, 1));
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Summary.ShouldBe("Warning ended");
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("Uncle moved away");
        change.Fields.ShouldContain(f => f.Field == "Ended on" && f.Before == null && f.After == "2026-11-01");
    }

    [Fact]
    public async Task Post_FutureDateAndNoReason_ShowsErrorsAndSavesNothing()
    {
        var (child, warningId) = await ChildWithWarningAsync();
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/warnings/{warningId}/end", new Dictionary<string, string>
        {
            ["EndedOn.Day"] = "10",
            ["EndedOn.Month"] = "11",
            ["EndedOn.Year"] = "2026",
            ["Reason"] = "",
        });

        var page = await response.ShouldShowPageAsync();
        page.Text("#Reason-error").ShouldContain("Give a reason for ending the warning");
        page.InputValue("EndedOn.Day").ShouldBe("10");
        (await WarningAsync(child.Id, warningId)).IsActive.ShouldBeTrue();

        using var second = await client.SubmitFormAsync($"/children/{child.Id}/warnings/{warningId}/end", new Dictionary<string, string>
        {
            ["EndedOn.Day"] = "10",
            ["EndedOn.Month"] = "11",
            ["EndedOn.Year"] = "2026",
            ["Reason"] = "Moved",
        });
        (await second.ShouldShowPageAsync()).Text("#EndedOn-error").ShouldContain("The end date cannot be in the future");
        (await WarningAsync(child.Id, warningId)).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Get_UnknownWarning_IsNotFound()
    {
        var (child, _) = await ChildWithWarningAsync();
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        await client.GetPageAsync($"/children/{child.Id}/warnings/{Guid.CreateVersion7()}/end", HttpStatusCode.NotFound);
    }
}
