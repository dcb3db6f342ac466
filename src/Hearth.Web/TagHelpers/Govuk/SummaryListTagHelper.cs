using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

internal sealed record SummaryListAction(string Href, IHtmlContent Content, string? VisuallyHiddenText);

internal sealed class SummaryListRow
{
    public IHtmlContent? Key { get; set; }

    public IHtmlContent? Value { get; set; }

    public string? CssClass { get; set; }

    public List<SummaryListAction> Actions { get; } = [];
}

/// <summary>
/// GOV.UK summary list:
/// <code>
/// &lt;govuk-summary-list&gt;
///   &lt;govuk-summary-list-row&gt;
///     &lt;govuk-summary-list-key&gt;Name&lt;/govuk-summary-list-key&gt;
///     &lt;govuk-summary-list-value&gt;Sarah Philips&lt;/govuk-summary-list-value&gt;
///     &lt;govuk-summary-list-action href="..." visually-hidden-text="name"&gt;Change&lt;/govuk-summary-list-action&gt;
///   &lt;/govuk-summary-list-row&gt;
/// &lt;/govuk-summary-list&gt;
/// </code>
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
[RestrictChildren("govuk-summary-list-row")]
public sealed class SummaryListTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var rows = new List<SummaryListRow>();
        context.Items[typeof(SummaryListTagHelper)] = rows;
        await output.GetChildContentAsync();

        var anyActions = rows.Any(r => r.Actions.Count > 0);
        var list = GovukHtml.Element("dl", "govuk-summary-list");
        GovukHtml.MergeUnboundAttributes(output, list);
        foreach (var row in rows)
        {
            var rowElement = GovukHtml.Element("div", GovukHtml.Classes(
                "govuk-summary-list__row",
                anyActions && row.Actions.Count == 0 ? "govuk-summary-list__row--no-actions" : null,
                row.CssClass));
            var key = GovukHtml.Element("dt", "govuk-summary-list__key");
            key.InnerHtml.AppendHtml(row.Key ?? HtmlString.Empty);
            var value = GovukHtml.Element("dd", "govuk-summary-list__value");
            value.InnerHtml.AppendHtml(row.Value ?? HtmlString.Empty);
            rowElement.InnerHtml.AppendHtml(key);
            rowElement.InnerHtml.AppendHtml(value);
            if (row.Actions.Count > 0)
            {
                rowElement.InnerHtml.AppendHtml(Actions(row.Actions));
            }

            list.InnerHtml.AppendHtml(rowElement);
        }

        GovukHtml.Replace(output, list);
    }

    private static TagBuilder Actions(List<SummaryListAction> actions)
    {
        var cell = GovukHtml.Element("dd", "govuk-summary-list__actions");
        if (actions.Count == 1)
        {
            cell.InnerHtml.AppendHtml(Link(actions[0]));
            return cell;
        }

        var list = GovukHtml.Element("ul", "govuk-summary-list__actions-list");
        foreach (var action in actions)
        {
            var item = GovukHtml.Element("li", "govuk-summary-list__actions-list-item");
            item.InnerHtml.AppendHtml(Link(action));
            list.InnerHtml.AppendHtml(item);
        }

        cell.InnerHtml.AppendHtml(list);
        return cell;
    }

    private static TagBuilder Link(SummaryListAction action)
    {
        var link = GovukHtml.Element("a", "govuk-link");
        link.Attributes["href"] = action.Href;
        link.InnerHtml.AppendHtml(action.Content);
        if (action.VisuallyHiddenText is not null)
        {
            var hidden = GovukHtml.Element("span", "govuk-visually-hidden");
            hidden.InnerHtml.Append(" " + action.VisuallyHiddenText);
            link.InnerHtml.AppendHtml(hidden);
        }

        return link;
    }
}

[HtmlTargetElement("govuk-summary-list-row", ParentTag = "govuk-summary-list")]
[RestrictChildren("govuk-summary-list-key", "govuk-summary-list-value", "govuk-summary-list-action")]
public sealed class SummaryListRowTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var row = new SummaryListRow { CssClass = output.Attributes["class"]?.Value?.ToString() };
        context.Items[typeof(SummaryListRow)] = row;
        await output.GetChildContentAsync();
        ((List<SummaryListRow>)context.Items[typeof(SummaryListTagHelper)]).Add(row);
        output.SuppressOutput();
    }
}

[HtmlTargetElement("govuk-summary-list-key", ParentTag = "govuk-summary-list-row")]
public sealed class SummaryListKeyTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        ((SummaryListRow)context.Items[typeof(SummaryListRow)]).Key = new HtmlString(content.GetContent().Trim());
        output.SuppressOutput();
    }
}

[HtmlTargetElement("govuk-summary-list-value", ParentTag = "govuk-summary-list-row")]
public sealed class SummaryListValueTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        ((SummaryListRow)context.Items[typeof(SummaryListRow)]).Value = new HtmlString(content.GetContent().Trim());
        output.SuppressOutput();
    }
}

[HtmlTargetElement("govuk-summary-list-action", ParentTag = "govuk-summary-list-row")]
public sealed class SummaryListActionTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#";

    [HtmlAttributeName("visually-hidden-text")]
    public string? VisuallyHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        ((SummaryListRow)context.Items[typeof(SummaryListRow)]).Actions.Add(
            new SummaryListAction(Href, new HtmlString(content.GetContent().Trim()), VisuallyHiddenText));
        output.SuppressOutput();
    }
}
