namespace Hearth.Web.Tests.TagHelpers;

/// <summary>
/// MOJ Frontend ships no fixtures.json, so the expected HTML here is its template.njk (moj/components/&lt;name&gt;/)
/// written out by hand for these parameters.
/// </summary>
public sealed class MojComponentTests(RazorFixtureRenderer renderer) : IClassFixture<RazorFixtureRenderer>
{
    [Fact]
    public async Task Render_IdentityBar_MatchesMojTemplate()
    {
        const string expected = """
            <div class="moj-identity-bar">
              <div class="moj-identity-bar__container">
                <div class="moj-identity-bar__details">
                  <span class="moj-identity-bar__title"><strong>Sam Okafor</strong> born 9 March 2015</span>
                </div>
              </div>
            </div>
            """;

        var html = await renderer.RenderAsync("Moj", "identity-bar");

        NormalisedHtml.Of(html).ShouldBe(NormalisedHtml.Of(expected));
    }

    [Fact]
    public async Task Render_SubNavigation_MatchesMojTemplate()
    {
        const string expected = """
            <nav class="moj-sub-navigation" aria-label="Child record">
              <ul class="moj-sub-navigation__list">
                <li class="moj-sub-navigation__item">
                  <a class="moj-sub-navigation__link" aria-current="page" href="/children/1">Summary</a>
                </li>
                <li class="moj-sub-navigation__item">
                  <a class="moj-sub-navigation__link" href="/children/1/history">History</a>
                </li>
              </ul>
            </nav>
            """;

        var html = await renderer.RenderAsync("Moj", "sub-navigation");

        NormalisedHtml.Of(html).ShouldBe(NormalisedHtml.Of(expected));
    }

    [Fact]
    public async Task Render_TimelineInBritishSummerTime_MatchesMojTemplateWithLondonTime()
    {
        const string expected = """
            <div class="moj-timeline">
              <div class="moj-timeline__item">
                <div class="moj-timeline__header">
                  <h2 class="moj-timeline__title">Referral opened</h2>
                  <p class="moj-timeline__byline">by Jo Bloggs</p>
                </div>
                <p class="moj-timeline__date">
                  <time datetime="2024-06-14T13:30:00Z">14 June 2024 at 2:30pm</time>
                </p>
                <div class="moj-timeline__description">Referred by the school.</div>
              </div>
            </div>
            """;

        var html = await renderer.RenderAsync("Moj", "timeline");

        NormalisedHtml.Of(html).ShouldBe(NormalisedHtml.Of(expected));
    }
}
