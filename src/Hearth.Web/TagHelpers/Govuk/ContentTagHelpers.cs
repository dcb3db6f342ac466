using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

/// <summary>
/// GOV.UK button: <c>&lt;govuk-button&gt;Save and continue&lt;/govuk-button&gt;</c>; <c>class="govuk-button--secondary"</c>
/// or <c>govuk-button--warning</c>; <c>prevent-double-click="true"</c>; <c>href</c> makes it a link.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class ButtonTagHelper : TagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "submit";

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("prevent-double-click")]
    public bool? PreventDoubleClick { get; set; }

    [HtmlAttributeName("is-start-button")]
    public bool IsStartButton { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        var button = GovukHtml.Element(Href is null ? "button" : "a", GovukHtml.Classes("govuk-button", IsStartButton ? "govuk-button--start" : null));
        GovukHtml.MergeUnboundAttributes(output, button);
        if (Href is null)
        {
            button.Attributes["type"] = Type;
        }
        else
        {
            button.Attributes["href"] = Href;
            button.Attributes["role"] = "button";
            button.Attributes["draggable"] = "false";
        }

        if (PreventDoubleClick is { } prevent)
        {
            button.Attributes["data-prevent-double-click"] = prevent ? "true" : "false";
        }

        button.Attributes["data-module"] = "govuk-button";
        button.InnerHtml.AppendHtml(content.GetContent().Trim());
        if (IsStartButton)
        {
            button.InnerHtml.AppendHtml(
                "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">" +
                "<path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>");
        }

        GovukHtml.Replace(output, button);
    }
}

/// <summary>GOV.UK tag: <c>&lt;govuk-tag class="govuk-tag--grey"&gt;Closed&lt;/govuk-tag&gt;</c>.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class TagTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-tag", System.Text.Encodings.Web.HtmlEncoder.Default);
    }
}

/// <summary>GOV.UK back link: <c>&lt;govuk-back-link href="/children" /&gt;</c> (text defaults to "Back").</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class BackLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        var link = GovukHtml.Element("a", "govuk-back-link");
        GovukHtml.MergeUnboundAttributes(output, link);
        link.Attributes["href"] = Href;
        if (content.IsEmptyOrWhiteSpace)
        {
            link.InnerHtml.Append("Back");
        }
        else
        {
            link.InnerHtml.AppendHtml(content.GetContent().Trim());
        }

        GovukHtml.Replace(output, link);
    }
}

/// <summary>GOV.UK inset text: <c>&lt;govuk-inset-text&gt;...&lt;/govuk-inset-text&gt;</c>.</summary>
[HtmlTargetElement("govuk-inset-text")]
public sealed class InsetTextTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-inset-text", System.Text.Encodings.Web.HtmlEncoder.Default);
    }
}

/// <summary>GOV.UK warning text: <c>&lt;govuk-warning-text&gt;...&lt;/govuk-warning-text&gt;</c>.</summary>
[HtmlTargetElement("govuk-warning-text")]
public sealed class WarningTextTagHelper : TagHelper
{
    [HtmlAttributeName("icon-fallback-text")]
    public string IconFallbackText { get; set; } = "Warning";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        var warning = GovukHtml.Element("div", "govuk-warning-text");
        GovukHtml.MergeUnboundAttributes(output, warning);
        var icon = GovukHtml.Element("span", "govuk-warning-text__icon");
        icon.Attributes["aria-hidden"] = "true";
        icon.InnerHtml.Append("!");
        var text = GovukHtml.Element("strong", "govuk-warning-text__text");
        var fallback = GovukHtml.Element("span", "govuk-visually-hidden");
        fallback.InnerHtml.Append(IconFallbackText);
        text.InnerHtml.AppendHtml(fallback);
        text.InnerHtml.AppendHtml(content.GetContent().Trim());
        warning.InnerHtml.AppendHtml(icon);
        warning.InnerHtml.AppendHtml(text);
        GovukHtml.Replace(output, warning);
    }
}

/// <summary>GOV.UK details: <c>&lt;govuk-details summary="Help with ..."&gt;...&lt;/govuk-details&gt;</c>; <c>open="true"</c> expands it.</summary>
[HtmlTargetElement("govuk-details")]
public sealed class DetailsTagHelper : TagHelper
{
    [HtmlAttributeName("summary")]
    public string Summary { get; set; } = "";

    [HtmlAttributeName("open")]
    public bool Open { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        var details = GovukHtml.Element("details", "govuk-details");
        GovukHtml.MergeUnboundAttributes(output, details);
        if (Open)
        {
            details.Attributes["open"] = "";
        }

        var summary = GovukHtml.Element("summary", "govuk-details__summary");
        var summaryText = GovukHtml.Element("span", "govuk-details__summary-text");
        summaryText.InnerHtml.Append(Summary);
        summary.InnerHtml.AppendHtml(summaryText);
        var text = GovukHtml.Element("div", "govuk-details__text");
        text.InnerHtml.AppendHtml(content.GetContent().Trim());
        details.InnerHtml.AppendHtml(summary);
        details.InnerHtml.AppendHtml(text);
        GovukHtml.Replace(output, details);
    }
}

/// <summary>
/// GOV.UK notification banner: <c>&lt;govuk-notification-banner type="success" heading="Visit recorded"&gt;</c>,
/// with any further content inside. Success banners take focus and are announced (role="alert").
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class NotificationBannerTagHelper : TagHelper
{
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    [HtmlAttributeName("title-id")]
    public string TitleId { get; set; } = "govuk-notification-banner-title";

    [HtmlAttributeName("heading")]
    public string? Heading { get; set; }

    [HtmlAttributeName("disable-auto-focus")]
    public bool DisableAutoFocus { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var isSuccess = string.Equals(Type, "success", StringComparison.Ordinal);
        var content = await output.GetChildContentAsync();
        var banner = GovukHtml.Element("div", GovukHtml.Classes("govuk-notification-banner", isSuccess ? "govuk-notification-banner--success" : null));
        GovukHtml.MergeUnboundAttributes(output, banner);
        banner.Attributes["role"] = isSuccess ? "alert" : "region";
        banner.Attributes["aria-labelledby"] = TitleId;
        banner.Attributes["data-module"] = "govuk-notification-banner";
        if (DisableAutoFocus)
        {
            banner.Attributes["data-disable-auto-focus"] = "true";
        }

        var header = GovukHtml.Element("div", "govuk-notification-banner__header");
        var title = GovukHtml.Element("h2", "govuk-notification-banner__title");
        title.Attributes["id"] = TitleId;
        title.InnerHtml.Append(Title ?? (isSuccess ? "Success" : "Important"));
        header.InnerHtml.AppendHtml(title);

        var body = GovukHtml.Element("div", "govuk-notification-banner__content");
        if (Heading is not null)
        {
            var heading = GovukHtml.Element("p", "govuk-notification-banner__heading");
            heading.InnerHtml.Append(Heading);
            body.InnerHtml.AppendHtml(heading);
        }

        if (!content.IsEmptyOrWhiteSpace)
        {
            body.InnerHtml.AppendHtml(content.GetContent().Trim());
        }

        banner.InnerHtml.AppendHtml(header);
        banner.InnerHtml.AppendHtml(body);
        GovukHtml.Replace(output, banner);
    }
}

/// <summary>GOV.UK fieldset around other fields: <c>&lt;govuk-fieldset legend="What is the address?"&gt;</c>.</summary>
[HtmlTargetElement("govuk-fieldset")]
public sealed class FieldsetTagHelper : TagHelper
{
    [HtmlAttributeName("legend")]
    public string Legend { get; set; } = "";

    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    [HtmlAttributeName("legend-is-page-heading")]
    public bool LegendIsPageHeading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        var fieldset = GovukHtml.Fieldset(GovukHtml.Text(Legend), LegendClass, LegendIsPageHeading, describedBy: null);
        GovukHtml.MergeUnboundAttributes(output, fieldset);
        fieldset.InnerHtml.AppendHtml(content);
        GovukHtml.Replace(output, fieldset);
    }
}
