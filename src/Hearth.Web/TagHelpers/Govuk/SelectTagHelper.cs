using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

/// <summary>
/// GOV.UK select, with <c>&lt;govuk-select-item value="..."&gt;Text&lt;/govuk-select-item&gt;</c> options. The option
/// matching the bound value (or marked <c>selected</c>) is selected.
/// </summary>
[HtmlTargetElement("govuk-select")]
[RestrictChildren("govuk-select-item")]
public sealed class SelectTagHelper : LabelledFieldTagHelper
{
    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var items = new List<SelectItem>();
        context.Items[typeof(SelectTagHelper)] = items;
        await output.GetChildContentAsync();

        var select = GovukHtml.Element("select", "govuk-select");
        GovukHtml.MergeUnboundAttributes(output, select);
        var current = CurrentValue(Value);
        foreach (var item in items)
        {
            var option = new TagBuilder("option");
            option.Attributes["value"] = item.Value;
            if (item.Selected ?? (current is not null && string.Equals(current, item.Value, StringComparison.Ordinal)))
            {
                option.Attributes["selected"] = "";
            }

            if (item.Disabled)
            {
                option.Attributes["disabled"] = "";
            }

            option.InnerHtml.AppendHtml(item.Content);
            select.InnerHtml.AppendHtml(option);
        }

        GovukHtml.Replace(output, FormGroup(select, "govuk-select--error"));
    }
}

internal sealed record SelectItem(string Value, IHtmlContent Content, bool? Selected, bool Disabled);

[HtmlTargetElement("govuk-select-item", ParentTag = "govuk-select")]
public sealed class SelectItemTagHelper : TagHelper
{
    [HtmlAttributeName("value")]
    public string Value { get; set; } = "";

    [HtmlAttributeName("selected")]
    public bool? Selected { get; set; }

    [HtmlAttributeName("disabled")]
    public bool Disabled { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        ((List<SelectItem>)context.Items[typeof(SelectTagHelper)]).Add(
            new SelectItem(Value, new HtmlString(content.GetContent().Trim()), Selected, Disabled));
        output.SuppressOutput();
    }
}
