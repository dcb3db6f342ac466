using System.Globalization;

using Hearth.Web.TagHelpers.Govuk;

using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Moj;

/// <summary>MOJ identity bar, naming whose record this is: <c>&lt;moj-identity-bar&gt;&lt;strong&gt;Sam Smith&lt;/strong&gt; ...&lt;/moj-identity-bar&gt;</c>.</summary>
[HtmlTargetElement("moj-identity-bar")]
public sealed class IdentityBarTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        var bar = GovukHtml.Element("div", "moj-identity-bar");
        GovukHtml.MergeUnboundAttributes(output, bar);
        var container = GovukHtml.Element("div", "moj-identity-bar__container");
        var details = GovukHtml.Element("div", "moj-identity-bar__details");
        var title = GovukHtml.Element("span", "moj-identity-bar__title");
        title.InnerHtml.AppendHtml(content.GetContent().Trim());
        details.InnerHtml.AppendHtml(title);
        container.InnerHtml.AppendHtml(details);
        bar.InnerHtml.AppendHtml(container);
        GovukHtml.Replace(output, bar);
    }
}

internal sealed record SubNavigationItem(string Href, IHtmlContent Content, bool Active);

/// <summary>
/// MOJ sub navigation: <c>&lt;moj-sub-navigation label="Child record"&gt;&lt;moj-sub-navigation-item href="..." active="true"&gt;Summary&lt;/moj-sub-navigation-item&gt;</c>.
/// </summary>
[HtmlTargetElement("moj-sub-navigation")]
[RestrictChildren("moj-sub-navigation-item")]
public sealed class SubNavigationTagHelper : TagHelper
{
    [HtmlAttributeName("label")]
    public string Label { get; set; } = "Secondary navigation region";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var items = new List<SubNavigationItem>();
        context.Items[typeof(SubNavigationTagHelper)] = items;
        await output.GetChildContentAsync();

        var nav = GovukHtml.Element("nav", "moj-sub-navigation");
        GovukHtml.MergeUnboundAttributes(output, nav);
        nav.Attributes["aria-label"] = Label;
        var list = GovukHtml.Element("ul", "moj-sub-navigation__list");
        foreach (var item in items)
        {
            var li = GovukHtml.Element("li", "moj-sub-navigation__item");
            var link = GovukHtml.Element("a", "moj-sub-navigation__link");
            if (item.Active)
            {
                link.Attributes["aria-current"] = "page";
            }

            link.Attributes["href"] = item.Href;
            link.InnerHtml.AppendHtml(item.Content);
            li.InnerHtml.AppendHtml(link);
            list.InnerHtml.AppendHtml(li);
        }

        nav.InnerHtml.AppendHtml(list);
        GovukHtml.Replace(output, nav);
    }
}

[HtmlTargetElement("moj-sub-navigation-item", ParentTag = "moj-sub-navigation")]
public sealed class SubNavigationItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#";

    [HtmlAttributeName("active")]
    public bool Active { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        ((List<SubNavigationItem>)context.Items[typeof(SubNavigationTagHelper)]).Add(
            new SubNavigationItem(Href, new HtmlString(content.GetContent().Trim()), Active));
        output.SuppressOutput();
    }
}

/// <summary>
/// MOJ timeline, for a child's record history:
/// <c>&lt;moj-timeline&gt;&lt;moj-timeline-item label="Referral opened" byline="Jo Bloggs" datetime="@change.At"&gt;...&lt;/moj-timeline-item&gt;</c>.
/// Times show in Europe/London as GOV.UK writes them ("14 June 2024 at 2:30pm").
/// </summary>
[HtmlTargetElement("moj-timeline")]
[RestrictChildren("moj-timeline-item")]
public sealed class TimelineTagHelper : TagHelper
{
    [HtmlAttributeName("heading-level")]
    public int HeadingLevel { get; set; } = 2;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        context.Items[typeof(TimelineTagHelper)] = this;
        var content = await output.GetChildContentAsync();
        var timeline = GovukHtml.Element("div", "moj-timeline");
        GovukHtml.MergeUnboundAttributes(output, timeline);
        timeline.InnerHtml.AppendHtml(content);
        GovukHtml.Replace(output, timeline);
    }
}

[HtmlTargetElement("moj-timeline-item", ParentTag = "moj-timeline")]
public sealed class TimelineItemTagHelper : TagHelper
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    [HtmlAttributeName("byline")]
    public string? Byline { get; set; }

    [HtmlAttributeName("datetime")]
    public DateTimeOffset? DateTime { get; set; }

    [HtmlAttributeName("date")]
    public DateOnly? Date { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var headingLevel = ((TimelineTagHelper)context.Items[typeof(TimelineTagHelper)]).HeadingLevel;
        var content = await output.GetChildContentAsync();

        var item = GovukHtml.Element("div", "moj-timeline__item");
        GovukHtml.MergeUnboundAttributes(output, item);
        var header = GovukHtml.Element("div", "moj-timeline__header");
        var title = GovukHtml.Element($"h{headingLevel.ToString(CultureInfo.InvariantCulture)}", "moj-timeline__title");
        title.InnerHtml.Append(Label);
        header.InnerHtml.AppendHtml(title);
        if (Byline is not null)
        {
            var byline = GovukHtml.Element("p", "moj-timeline__byline");
            byline.InnerHtml.Append($"by {Byline}");
            header.InnerHtml.AppendHtml(byline);
        }

        item.InnerHtml.AppendHtml(header);

        if (DateTime is not null || Date is not null)
        {
            var date = GovukHtml.Element("p", "moj-timeline__date");
            var time = GovukHtml.Element("time");
            if (DateTime is { } instant)
            {
                time.Attributes["datetime"] = instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                time.InnerHtml.Append(GovukDateFormat.DateAndTime(TimeZoneInfo.ConvertTime(instant, London)));
            }
            else
            {
                time.Attributes["datetime"] = Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                time.InnerHtml.Append(GovukDateFormat.Date(Date.Value));
            }

            date.InnerHtml.AppendHtml(time);
            item.InnerHtml.AppendHtml(date);
        }

        var description = GovukHtml.Element("div", "moj-timeline__description");
        description.InnerHtml.AppendHtml(content.GetContent().Trim());
        item.InnerHtml.AppendHtml(description);
        GovukHtml.Replace(output, item);
    }
}
