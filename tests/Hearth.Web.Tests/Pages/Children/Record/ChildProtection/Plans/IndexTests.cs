using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/child-protection-plans";

    [Fact]
    public async Task Get_OpenEpisodeAndNoPlan_OffersTheInitialConference()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text("body").ShouldContain("The child has not been the subject of a child protection plan.");
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain($"/children/{child.Id}/child-protection-conferences/initial");
    }

    [Fact]
    public async Task Get_PlanAndConferenceWithoutPlan_ListsBoth()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var episode = await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id, new DateOnly(2026, 6, 1));
        await using (var db = factory.Database.CreateContext())
        {
            db.Add(ChildProtectionConference.RecordInitial(
                child.Id, false, episode, new DateOnly(2026, 7, 1), ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.NoPlan, null, null, [], factory.Data.Today, factory.Data.Change()));
            await db.SaveChangesAsync();
        }

        var plan = await factory.AddPlanAsync(child.Id);

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text($"#plan-{plan.Id}").ShouldContain("1 October 2026");
        page.Text($"#plan-{plan.Id}").ShouldContain("Open: outline plan");
        page.Text("body").ShouldContain("Initial conferences that decided on no plan");
        page.Text("body").ShouldContain("1 July 2026");
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldNotContain($"/children/{child.Id}/child-protection-conferences/initial");
    }
}
