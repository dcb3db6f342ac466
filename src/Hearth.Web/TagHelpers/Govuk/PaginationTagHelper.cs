using System.Globalization;

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

internal sealed record PaginationEntry(int? Number, string? Href, bool Current);

/// <summary>
/// GOV.UK pagination: <c>&lt;govuk-pagination previous-href="?page=1" next-href="?page=3"&gt;</c> with
/// <c>&lt;govuk-pagination-item number="2" href="?page=2" current="true" /&gt;</c> and <c>&lt;govuk-pagination-ellipsis /&gt;</c>.
/// Without items it is the block style (previous and next only).
/// </summary>
[HtmlTargetElement("govuk-pagination")]
[RestrictChildren("govuk-pagination-item", "govuk-pagination-ellipsis")]
public sealed class PaginationTagHelper : TagHelper
{
    private const string PreviousIcon = "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>";
    private const string NextIcon = "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>";

    [HtmlAttributeName("previous-href")]
    public string? PreviousHref { get; set; }

    [HtmlAttributeName("next-href")]
    public string? NextHref { get; set; }

    [HtmlAttributeName("landmark-label")]
    public string LandmarkLabel { get; set; } = "Pagination";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var entries = new List<PaginationEntry>();
        context.Items[typeof(PaginationTagHelper)] = entries;
        await output.GetChildContentAsync();

        var isBlock = entries.Count == 0;
        var nav = GovukHtml.Element("nav", GovukHtml.Classes("govuk-pagination", isBlock ? "govuk-pagination--block" : null));
        GovukHtml.MergeUnboundAttributes(output, nav);
        nav.Attributes["aria-label"] = LandmarkLabel;

        if (PreviousHref is not null)
        {
            nav.InnerHtml.AppendHtml(Direction("prev", PreviousHref, "Previous", isBlock));
        }

        if (!isBlock)
        {
            var list = GovukHtml.Element("ul", "govuk-pagination__list");
            foreach (var entry in entries)
            {
                list.InnerHtml.AppendHtml(Item(entry));
            }

            nav.InnerHtml.AppendHtml(list);
        }

        if (NextHref is not null)
        {
            nav.InnerHtml.AppendHtml(Direction("next", NextHref, "Next", isBlock));
        }

        GovukHtml.Replace(output, nav);
    }

    private static TagBuilder Direction(string direction, string href, string text, bool isBlock)
    {
        var wrapper = GovukHtml.Element("div", $"govuk-pagination__{direction}");
        var link = GovukHtml.Element("a", "govuk-link govuk-pagination__link");
        link.Attributes["href"] = href;
        link.Attributes["rel"] = direction;
        var title = GovukHtml.Element("span", GovukHtml.Classes("govuk-pagination__link-title", isBlock ? "govuk-pagination__link-title--decorated" : null));
        title.InnerHtml.Append(text);
        var hidden = GovukHtml.Element("span", "govuk-visually-hidden");
        hidden.InnerHtml.Append(" page");
        title.InnerHtml.AppendHtml(hidden);

        var iconFirst = direction == "prev" || isBlock;
        if (iconFirst)
        {
            link.InnerHtml.AppendHtml(direction == "prev" ? PreviousIcon : NextIcon);
        }

        link.InnerHtml.AppendHtml(title);
        if (!iconFirst)
        {
            link.InnerHtml.AppendHtml(NextIcon);
        }

        wrapper.InnerHtml.AppendHtml(link);
        return wrapper;
    }

    private static TagBuilder Item(PaginationEntry entry)
    {
        if (entry.Number is not { } number)
        {
            var ellipsis = GovukHtml.Element("li", "govuk-pagination__item govuk-pagination__item--ellipsis");
            ellipsis.InnerHtml.AppendHtml("&ctdot;");
            return ellipsis;
        }

        var text = number.ToString(CultureInfo.InvariantCulture);
        var item = GovukHtml.Element("li", GovukHtml.Classes("govuk-pagination__item", entry.Current ? "govuk-pagination__item--current" : null));
        var link = GovukHtml.Element("a", "govuk-link govuk-pagination__link");
        link.Attributes["href"] = entry.Href ?? "#";
        link.Attributes["aria-label"] = $"Page {text}";
        if (entry.Current)
        {
            link.Attributes["aria-current"] = "page";
        }

        link.InnerHtml.Append(text);
        item.InnerHtml.AppendHtml(link);
        return item;
    }
}

[HtmlTargetElement("govuk-pagination-item", ParentTag = "govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PaginationItemTagHelper : TagHelper
{
    [HtmlAttributeName("number")]
    public int Number { get; set; }

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("current")]
    public bool Current { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        ((List<PaginationEntry>)context.Items[typeof(PaginationTagHelper)]).Add(new PaginationEntry(Number, Href, Current));
        output.SuppressOutput();
    }
}

[HtmlTargetElement("govuk-pagination-ellipsis", ParentTag = "govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PaginationEllipsisTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        ((List<PaginationEntry>)context.Items[typeof(PaginationTagHelper)]).Add(new PaginationEntry(null, null, false));
        output.SuppressOutput();
    }
}
