using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

/// <summary>The markup shared by the GOV.UK form components, as the GOV.UK Frontend templates write it.</summary>
internal static class GovukHtml
{
    public static TagBuilder Element(string tagName, string? cssClass = null)
    {
        var element = new TagBuilder(tagName);
        if (!string.IsNullOrWhiteSpace(cssClass))
        {
            element.Attributes["class"] = cssClass.Trim();
        }

        return element;
    }

    public static string Classes(params string?[] classes) =>
        string.Join(' ', classes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()));

    public static string? DescribedBy(params string?[] ids)
    {
        var joined = string.Join(' ', ids.Where(id => !string.IsNullOrWhiteSpace(id)));
        return joined.Length == 0 ? null : joined;
    }

    public static TagBuilder FormGroup(bool hasError, string? extraClass = null) =>
        Element("div", Classes("govuk-form-group", hasError ? "govuk-form-group--error" : null, extraClass));

    public static IHtmlContent Label(string forId, IHtmlContent content, string? labelClass, bool isPageHeading, string? extraClass = null)
    {
        var label = Element("label", Classes("govuk-label", labelClass, extraClass));
        label.Attributes["for"] = forId;
        label.InnerHtml.AppendHtml(content);
        if (!isPageHeading)
        {
            return label;
        }

        var heading = Element("h1", "govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public static TagBuilder Hint(string id, IHtmlContent content, string? extraClass = null)
    {
        var hint = Element("div", Classes("govuk-hint", extraClass));
        hint.Attributes["id"] = id;
        hint.InnerHtml.AppendHtml(content);
        return hint;
    }

    public static TagBuilder ErrorMessage(string id, IHtmlContent content)
    {
        var error = Element("p", "govuk-error-message");
        error.Attributes["id"] = id;
        var prefix = Element("span", "govuk-visually-hidden");
        prefix.InnerHtml.Append("Error:");
        error.InnerHtml.AppendHtml(prefix);
        error.InnerHtml.Append(" ");
        error.InnerHtml.AppendHtml(content);
        return error;
    }

    public static TagBuilder Fieldset(IHtmlContent? legend, string? legendClass, bool legendIsPageHeading, string? describedBy, string? role = null)
    {
        var fieldset = Element("fieldset", "govuk-fieldset");
        if (role is not null)
        {
            fieldset.Attributes["role"] = role;
        }

        if (describedBy is not null)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        if (legend is not null)
        {
            var legendElement = Element("legend", Classes("govuk-fieldset__legend", legendClass));
            if (legendIsPageHeading)
            {
                var heading = Element("h1", "govuk-fieldset__heading");
                heading.InnerHtml.AppendHtml(legend);
                legendElement.InnerHtml.AppendHtml(heading);
            }
            else
            {
                legendElement.InnerHtml.AppendHtml(legend);
            }

            fieldset.InnerHtml.AppendHtml(legendElement);
        }

        return fieldset;
    }

    /// <summary>Copies the attributes written on the tag helper element that it does not bind, merging <c>class</c>.</summary>
    public static void MergeUnboundAttributes(TagHelperOutput output, TagBuilder element)
    {
        foreach (var attribute in output.Attributes)
        {
            var value = attribute.Value switch
            {
                IHtmlContent html => html.ToHtmlString(),
                null => null,
                var other => other.ToString(),
            };

            if (string.Equals(attribute.Name, "class", StringComparison.OrdinalIgnoreCase))
            {
                element.AddCssClass(value ?? "");
                element.Attributes["class"] = Classes(element.Attributes["class"]);
                continue;
            }

            element.Attributes[attribute.Name] = attribute.ValueStyle == HtmlAttributeValueStyle.Minimized ? "" : value;
        }
    }

    public static void Replace(TagHelperOutput output, IHtmlContent content)
    {
        output.TagName = null;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(content);
    }

    public static string ToHtmlString(this IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    public static IHtmlContent Text(string text) => new HtmlContentBuilder().Append(text);
}
