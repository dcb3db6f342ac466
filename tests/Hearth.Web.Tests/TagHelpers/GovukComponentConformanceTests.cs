namespace Hearth.Web.Tests.TagHelpers;

public sealed class GovukComponentConformanceTests(RazorFixtureRenderer renderer) : IClassFixture<RazorFixtureRenderer>
{
    public static TheoryData<string, string, string> Examples => new()
    {
        { "Input", "input", "default" },
        { "Input", "input", "with hint text" },
        { "Input", "input", "with error message" },
        { "Input", "input", "with error and hint" },
        { "Input", "input", "with width-10 class" },
        { "Input", "input", "with label as page heading" },
        { "Input", "input", "value" },
        { "Input", "input", "inputmode" },
        { "Input", "input", "with autocomplete attribute" },
        { "Input", "input", "with spellcheck disabled" },
        { "Input", "input", "with error, hint and describedBy" },
        { "Input", "input", "with prefix" },
        { "Input", "input", "with suffix" },
        { "Textarea", "textarea", "default" },
        { "Textarea", "textarea", "with error message" },
        { "Textarea", "textarea", "with label as page heading" },
        { "Textarea", "textarea", "with hint and error message" },
        { "Textarea", "textarea", "with autocomplete attribute" },
        { "Textarea", "textarea", "with spellcheck disabled" },
        { "Textarea", "textarea", "with default value" },
        { "DateInput", "date-input", "default" },
        { "DateInput", "date-input", "with values" },
        { "DateInput", "date-input", "with values and name prefix" },
        { "DateInput", "date-input", "with errors only" },
        { "DateInput", "date-input", "with error message and hint" },
        { "DateInput", "date-input", "with error on day input" },
        { "DateInput", "date-input", "with error on month input" },
        { "Radios", "radios", "default" },
        { "Radios", "radios", "with hint" },
        { "Radios", "radios", "inline" },
        { "Radios", "radios", "with legend as page heading" },
        { "Radios", "radios", "with a divider" },
        { "Radios", "radios", "with hints on items" },
        { "Radios", "radios", "with conditional items" },
        { "Radios", "radios", "with conditional item checked" },
        { "Radios", "radios", "with error message" },
        { "Radios", "radios", "with hint and error message" },
        { "Checkboxes", "checkboxes", "default" },
        { "Checkboxes", "checkboxes", "with hint" },
        { "Checkboxes", "checkboxes", "with divider and None" },
        { "Checkboxes", "checkboxes", "with error message" },
        { "Checkboxes", "checkboxes", "with error message and hint" },
        { "Checkboxes", "checkboxes", "with conditional items" },
        { "Select", "select", "default" },
        { "Select", "select", "with hint text and error message" },
        { "Select", "select", "with label as page heading" },
        { "Select", "select", "error" },
        { "ErrorSummary", "error-summary", "default" },
        { "ErrorSummary", "error-summary", "without links" },
        { "ErrorSummary", "error-summary", "with everything" },
        { "Button", "button", "default" },
        { "Button", "button", "secondary" },
        { "Button", "button", "warning" },
        { "Button", "button", "prevent double click" },
        { "Button", "button", "start" },
        { "SummaryList", "summary-list", "default" },
        { "SummaryList", "summary-list", "with actions" },
        { "SummaryList", "summary-list", "with some actions" },
        { "Content", "tag", "default" },
        { "Content", "tag", "grey" },
        { "Content", "notification-banner", "default" },
        { "Content", "notification-banner", "with type as success" },
        { "Content", "back-link", "default" },
        { "Content", "warning-text", "default" },
        { "Content", "inset-text", "default" },
        { "Content", "details", "default" },
        { "Content", "details", "expanded" },
        { "Content", "pagination", "default" },
        { "Content", "pagination", "with prev and next only" },
        { "Content", "fieldset", "default" },
        { "Content", "fieldset", "as page heading l" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Render_GovukFrontendExample_MatchesReferenceHtml(string view, string component, string fixture)
    {
        var expected = NormalisedHtml.Of(GovukFrontendFixtures.Html(component, fixture));
        var model = view == "Content" ? $"{component}/{fixture}" : fixture;

        var html = await renderer.RenderAsync(view, model);

        NormalisedHtml.Of(html).ShouldBe(expected);
    }
}
