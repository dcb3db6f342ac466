using Hearth.Domain.Children;
using Hearth.Domain.Workforce;

namespace Hearth.Web.Tests.Pages.Children.Record;

/// <summary>What people type is shown as text, never run as markup, on every page of the record that shows it.</summary>
public sealed class OutputEncodingTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private const string Markup = "<script>alert('x')</script><b>bold</b>";

    [Fact]
    public async Task Get_RecordPages_EncodeWhatWasTyped()
    {
        var child = await factory.Data.CreateChildAsync(configure: c =>
        {
            c.AddWarning(WarningType.Create("OTH"), Markup, factory.Data.Today, factory.Data.Today.AddMonths(1), factory.Data.Today, factory.Data.Change());
            c.AddProfessional(ProfessionalRole.Create("OTH"), Markup, Markup, null, null, factory.Data.Today, factory.Data.Today, factory.Data.Change());
            c.UpdateDetails(TestSupport.TestData.ChildDetails() with { GenderIdentity = Markup }, factory.Data.Today, factory.Data.Change(Markup));
        });
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        foreach (var path in new[] { "", "/warnings", "/family", "/history" })
        {
            var response = await client.Http.GetAsync(new Uri($"/children/{child.Id}{path}", UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            html.ShouldNotContain("<script>alert", Case.Insensitive, $"/children/{{id}}{path} wrote the script as markup");
            html.ShouldNotContain("<b>bold</b>", Case.Insensitive, $"/children/{{id}}{path} wrote the markup as markup");
            html.ShouldContain("&lt;script&gt;", Case.Insensitive, $"/children/{{id}}{path} did not show what was typed");
        }
    }
}
