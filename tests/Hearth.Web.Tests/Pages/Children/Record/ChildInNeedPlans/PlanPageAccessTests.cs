using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

/// <summary>Every child in need plan page refuses people who may not see or change the child's record, and logs the attempt.</summary>
public sealed class PlanPageAccessTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("/actions")]
    [InlineData("/actions/{action}/complete")]
    [InlineData("/contingency")]
    [InlineData("/finalise")]
    [InlineData("/review")]
    [InlineData("/end")]
    [InlineData("/authorise")]
    public async Task Get_RestrictedRecordNotNamed_Returns403AndIsLogged(string page)
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var plan = await factory.AddPlanAsync(await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral), factory.Data.Finalise);

        await client.GetPageAsync($"/children/{child.Id}/child-in-need-plans/{plan.Id}{page.Replace("{action}", plan.Actions[0].Id.ToString(), StringComparison.Ordinal)}", HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }

    [Theory]
    [InlineData("/actions")]
    [InlineData("/actions/{action}/complete")]
    [InlineData("/contingency")]
    [InlineData("/finalise")]
    [InlineData("/review")]
    [InlineData("/end")]
    [InlineData("/authorise")]
    public async Task Post_ReadOnlyRole_IsRefusedLoggedAndChangesNothing(string page)
    {
        var child = await factory.Data.CreateChildAsync();
        var plan = await factory.AddPlanAsync(await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral), factory.Data.Finalise);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);
        var path = page.Replace("{action}", plan.Actions[0].Id.ToString(), StringComparison.Ordinal);

        using var response = await client.PostAsync(
            $"/children/{child.Id}/child-in-need-plans/{plan.Id}{path}",
            new Dictionary<string, string> { ["What"] = "x", ["Who"] = "y", ["ContingencyPlan"] = "z", ["Notes"] = "n", ["Outcome"] = "End", ["Reason"] = "r" },
            tokenFrom: $"/children/{child.Id}/child-in-need-plans");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.PlanAsync(plan.Id)).Version.ShouldBe(plan.Version);
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith(path, StringComparison.Ordinal));
    }
}
