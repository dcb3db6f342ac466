using System.Net;
using Hearth.Domain;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;

namespace Hearth.Web.Tests.Pages.Children.Record.Family;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/family";

    private Action<Child> WithFamily(Guid? siblingId = null) => c =>
    {
        var today = factory.Data.Today;
        c.AddRelationship(RelationshipType.Mother, "Karen Reed", new DateOnly(1990, 1, 2), true, true, PhoneNumber.Create("07700 900 982"), null, null,
            new DateOnly(2018, 5, 14), today, factory.Data.Change());
        var father = c.AddRelationship(RelationshipType.Father, "Dean Reed", null, true, false, null, null, null, new DateOnly(2018, 5, 14), today, factory.Data.Change());
        c.EndRelationship(father.Id, new DateOnly(2024, 3, 1), today, factory.Data.Change());
        if (siblingId is { } id)
        {
            c.AddRelationship(RelationshipType.Sibling, "Mia Reed", new DateOnly(2020, 2, 2), false, true, null, null, id, new DateOnly(2020, 2, 2), today, factory.Data.Change());
        }

        c.AddProfessional(ProfessionalRole.GeneralPractitioner, "Dr Patel", "Clarence Park Surgery", null, EmailAddress.Create("reception@gp.example"),
            new DateOnly(2025, 9, 1), today, factory.Data.Change());
        var school = c.AddProfessional(ProfessionalRole.School, null, "Walliscote Primary", null, null, new DateOnly(2022, 9, 1), today, factory.Data.Change());
        c.EndProfessional(school.Id, new DateOnly(2025, 7, 20), today, factory.Data.Change());
    };

    [Fact]
    public async Task Get_ShowsCurrentPeopleAndProfessionalsButNotEndedOnes()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(WithFamily());

        var page = await client.GetPageAsync(Url(child.Id));

        var people = page.QuerySelectorAll("#relationships tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Take(6).ToList()).ToList();
        people.ShouldBe([["Karen Reed", "Mother", "2 January 1990", "Yes", "Yes", "07700 900 982"]]);
        var professionals = page.QuerySelector("#professionals tbody")!.TextContent;
        professionals.ShouldContain("Dr Patel");
        professionals.ShouldContain("Clarence Park Surgery");
        professionals.ShouldContain("1 September 2025");
        page.QuerySelector("#professionals a[href='mailto:reception@gp.example']").ShouldNotBeNull();
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Dean Reed");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Walliscote Primary");
        page.QuerySelector($"a[href='{Url(child.Id)}/relationships/add']").ShouldNotBeNull();
        page.QuerySelector($"a[href='{Url(child.Id)}/professionals/add']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_ShowEnded_ListsEndedRelationshipsAndInvolvementWithDates()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(WithFamily());

        var page = await client.GetPageAsync(Url(child.Id) + "?showEnded=true");

        var ended = page.QuerySelector("#ended-relationships tbody")!.TextContent;
        ended.ShouldContain("Dean Reed");
        ended.ShouldContain("1 March 2024");
        page.QuerySelector("#ended-professionals tbody")!.TextContent.ShouldContain("Walliscote Primary");
        page.QuerySelectorAll($"main a[href='{Url(child.Id)}']").ShouldContain(a => a.TextContent.Contains("Hide ended", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_LinkedSiblingTheUserCanSee_LinksToTheirRecord()
    {
        var sibling = await factory.Data.CreateChildAsync("Mia", "Reed", new DateOnly(2020, 2, 2));
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(WithFamily(sibling.Id));

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector($"#relationships a[href='/children/{sibling.Id}']")!.TextContent.ShouldContain("View record");
    }

    [Fact]
    public async Task Get_LinkedSiblingWithARestrictedRecord_DoesNotLinkToIt()
    {
        var named = await factory.Data.CreateUserAsync(Role.SeniorLeader);
        var sibling = await factory.Data.CreateChildAsync("Mia", "Reed", new DateOnly(2020, 2, 2),
            configure: c => c.Restrict("High-profile case", [named.Id], factory.Data.Change()));
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(WithFamily(sibling.Id));

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector("#relationships")!.TextContent.ShouldContain("Mia Reed");
        page.QuerySelector($"a[href='/children/{sibling.Id}']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_ReadOnlyRole_ShowsNoAddOrEndLinks()
    {
        var child = await factory.Data.CreateChildAsync(configure: WithFamily());
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector("#relationships")!.TextContent.ShouldContain("Karen Reed");
        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href") ?? "")
            .ShouldNotContain(h => h.EndsWith("/add", StringComparison.Ordinal) || h.EndsWith("/end", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_SocialWorkerOfAnotherTeam_Returns403AndLogsTheRefusal()
    {
        var (client, account, child) = await factory.SignInAsOtherTeamAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }
}
