using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Recording;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class PlanTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_NewOutlinePlan_ShowsItsClocksAgainstTheInitialConference()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        var page = await client.GetPageAsync(ChildProtectionPlanPages.PlanUrl(plan));

        page.Text("h2.govuk-heading-l").ShouldBe("Child protection plan from 1 October 2026");
        page.Text("body").ShouldContain("Outline plan: not finalised");
        page.Text("#clock-core-group").ShouldContain("First core group meeting");
        page.Text("#clock-core-group").ShouldContain("15 October 2026");
        page.Text("#clock-core-group .govuk-tag").ShouldBe("Overdue");
        page.Text("#clock-review").ShouldContain("1 January 2027");
        page.Text("#clock-review .govuk-tag").ShouldBe("Not yet due");
        page.Text("#clock-visit").ShouldContain("no visit yet at which the child was seen");
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain($"{ChildProtectionPlanPages.PlanUrl(plan)}/actions/add");
    }

    [Fact]
    public async Task Get_ChildSeenOnAVisitAndMeetingsHeld_CountsFromThem()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id, p =>
        {
            p.RecordCoreGroup(new DateOnly(2026, 10, 16), TestSupport.ChildProtectionPlanTestData.QuorateAttendees(), "Plan developed", factory.Data.Today, factory.Data.Change());
            p.AddAction("Attend nursery every day", "Mother", new DateOnly(2026, 11, 4), factory.Data.Today, factory.Data.Change());
        });
        await using (var db = factory.Database.CreateContext())
        {
            db.Add(Visit.Record(child.Id, VisitKind.ChildProtection, new DateOnly(2026, 10, 26), null, true, true, null, null, null, null, factory.Data.Today, factory.Data.Change()));
            await db.SaveChangesAsync();
        }

        var page = await client.GetPageAsync(ChildProtectionPlanPages.PlanUrl(plan));

        page.Text("#clock-core-group").ShouldContain("27 November 2026");
        page.Text("#clock-visit").ShouldContain("9 November 2026");
        page.Text("#clock-visit").ShouldContain("26 October 2026");
        page.Text("#core-groups").ShouldContain("Plan developed");
        page.Text("#core-groups .govuk-tag").ShouldBe("Late");
        page.Text("#actions").ShouldContain("Attend nursery every day");
        page.Text("#actions .govuk-tag").ShouldBe("Due soon");
    }

    [Fact]
    public async Task Get_SecondPlanWithinTwoYears_IsFlagged()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.AddPlanAsync(child.Id, p => p.End(new DateOnly(2025, 12, 1), ChildProtectionPlanEndReason.MovedToAnotherLocalAuthority, null, factory.Data.Today, factory.Data.Change()), new DateOnly(2025, 6, 1));
        var plan = await factory.AddPlanAsync(child.Id);

        var page = await client.GetPageAsync(ChildProtectionPlanPages.PlanUrl(plan));

        page.QuerySelectorAll(".govuk-tag").Select(t => t.TextContent.Trim()).ShouldContain("Second or subsequent plan");
        page.QuerySelectorAll(".govuk-tag").Select(t => t.TextContent.Trim()).ShouldContain("Within two years of a previous plan");
    }

    [Fact]
    public async Task Get_PlanOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var other = await factory.Data.CreateChildAsync();
        var plan = await factory.AddPlanAsync(other.Id);

        await client.GetPageAsync($"/children/{child.Id}/child-protection-plans/{plan.Id}", HttpStatusCode.NotFound);
    }
}
