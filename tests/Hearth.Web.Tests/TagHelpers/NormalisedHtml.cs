using System.Text;
using System.Text.RegularExpressions;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Hearth.Web.Tests.TagHelpers;

/// <summary>
/// HTML reduced to what a browser and assistive technology see: elements, attributes (in name order, class tokens
/// sorted) and text with whitespace collapsed. Two fragments with the same normalised form render the same DOM.
/// </summary>
public static partial class NormalisedHtml
{
    public static string Of(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var builder = new StringBuilder();
        foreach (var node in document.Body!.ChildNodes)
        {
            Write(node, builder, 0);
        }

        return builder.ToString();
    }

    private static void Write(INode node, StringBuilder builder, int depth)
    {
        switch (node)
        {
            case IElement element:
                builder.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    var value = attribute.Name == "class"
                        ? string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Order(StringComparer.Ordinal))
                        : attribute.Value;
                    builder.Append(' ').Append(attribute.Name).Append("=\"").Append(value).Append('"');
                }

                builder.AppendLine(">");
                foreach (var child in element.ChildNodes)
                {
                    Write(child, builder, depth + 1);
                }

                break;
            case IText text:
                var collapsed = Whitespace().Replace(text.Data, " ").Trim();
                if (collapsed.Length > 0)
                {
                    builder.Append(' ', depth * 2).AppendLine(collapsed);
                }

                break;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
