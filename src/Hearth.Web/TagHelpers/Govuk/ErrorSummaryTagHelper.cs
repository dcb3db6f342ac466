using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

/// <summary>
/// GOV.UK error summary. Lists the first error of every field in ModelState, in the order the page model declares
/// the fields (<c>[Display(Order = n)]</c> changes it), each linking to its field, plus any
/// <c>&lt;govuk-error-summary-item href="#id"&gt;</c> written inside. Renders nothing when there is no error.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = "There is a problem";

    [HtmlAttributeName("description")]
    public string? Description { get; set; }

    [HtmlAttributeName("disable-auto-focus")]
    public bool DisableAutoFocus { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var items = new List<ErrorSummaryItem>();
        context.Items[typeof(ErrorSummaryTagHelper)] = items;
        await output.GetChildContentAsync();

        var errors = ModelStateErrors(ViewContext.ViewData.ModelState, ViewContext.ViewData.ModelMetadata).Concat(items).ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var summary = GovukHtml.Element("div", "govuk-error-summary");
        GovukHtml.MergeUnboundAttributes(output, summary);
        summary.Attributes["data-module"] = "govuk-error-summary";
        if (DisableAutoFocus)
        {
            summary.Attributes["data-disable-auto-focus"] = "true";
        }

        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        var title = GovukHtml.Element("h2", "govuk-error-summary__title");
        title.InnerHtml.Append(Title);
        alert.InnerHtml.AppendHtml(title);

        var body = GovukHtml.Element("div", "govuk-error-summary__body");
        if (Description is not null)
        {
            var description = new TagBuilder("p");
            description.InnerHtml.Append(Description);
            body.InnerHtml.AppendHtml(description);
        }

        var list = GovukHtml.Element("ul", "govuk-list govuk-error-summary__list");
        foreach (var error in errors)
        {
            var item = new TagBuilder("li");
            if (error.Href is null)
            {
                item.InnerHtml.AppendHtml(error.Content);
            }
            else
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = error.Href;
                link.InnerHtml.AppendHtml(error.Content);
                item.InnerHtml.AppendHtml(link);
            }

            list.InnerHtml.AppendHtml(item);
        }

        body.InnerHtml.AppendHtml(list);
        alert.InnerHtml.AppendHtml(body);
        summary.InnerHtml.AppendHtml(alert);
        GovukHtml.Replace(output, summary);
    }

    internal static IEnumerable<ErrorSummaryItem> ModelStateErrors(ModelStateDictionary modelState, ModelMetadata model)
    {
        // ModelStateDictionary does not keep insertion order, so order by where each field sits in the model.
        var errors =
            from entry in modelState
            let error = entry.Value.Errors.FirstOrDefault(e => !string.IsNullOrEmpty(e.ErrorMessage))
            where error is not null
            orderby FieldPosition(model, entry.Key)
            select new ErrorSummaryItem(
                GovukHtml.Text(error.ErrorMessage),
                entry.Key.Length == 0 ? null : $"#{TargetId(modelState, entry.Key)}");
        return errors.ToList();
    }

    private static FieldPosition FieldPosition(ModelMetadata model, string key)
    {
        var position = new List<int>();
        ModelMetadata? current = model;
        foreach (var segment in key.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var property = current?.Properties
                .Select((p, i) => (Metadata: p, Index: i))
                .FirstOrDefault(p => string.Equals(p.Metadata.PropertyName, name, StringComparison.OrdinalIgnoreCase));
            if (property?.Metadata is null)
            {
                position.Add(int.MaxValue);
                break;
            }

            position.Add(property.Value.Index);
            current = property.Value.Metadata;
            if (bracket >= 0 && int.TryParse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                position.Add(index);
                current = current.ElementMetadata;
            }
        }

        return new FieldPosition(position);
    }

    private static string TargetId(ModelStateDictionary modelState, string key)
    {
        var id = FieldIds.FromName(key);
        var parts = Enum.GetValues<DatePart>()
            .Where(part => modelState.ContainsKey(DateInputModelBinder.PartKey(key, part)))
            .ToList();
        if (parts.Count == 0)
        {
            return id;
        }

        var firstWrong = parts
            .Where(part => modelState.GetFieldValidationState(DateInputModelBinder.PartKey(key, part)) == ModelValidationState.Invalid)
            .DefaultIfEmpty(parts[0])
            .First();
        return FieldIds.DatePart(id, firstWrong);
    }
}

internal sealed record ErrorSummaryItem(IHtmlContent Content, string? Href);

internal sealed class FieldPosition(List<int> path) : IComparable<FieldPosition>
{
    public int CompareTo(FieldPosition? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(path.Count, other.Path.Count); i++)
        {
            var compared = path[i].CompareTo(other.Path[i]);
            if (compared != 0)
            {
                return compared;
            }
        }

        return path.Count.CompareTo(other.Path.Count);
    }

    private List<int> Path => path;
}

/// <summary>An extra error summary line, for an error that is not in ModelState. Put it inside <c>govuk-error-summary</c>.</summary>
[HtmlTargetElement("govuk-error-summary-item", ParentTag = "govuk-error-summary")]
public sealed class ErrorSummaryItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var items = (List<ErrorSummaryItem>)context.Items[typeof(ErrorSummaryTagHelper)];
        var content = await output.GetChildContentAsync();
        items.Add(new ErrorSummaryItem(new HtmlString(content.GetContent()), Href));
        output.SuppressOutput();
    }
}
