using System.Collections;
using System.Globalization;

using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

/// <summary>
/// What every GOV.UK form component shares: a field bound with <c>asp-for</c> (name, id, the value the user typed,
/// the error from ModelState) or written out with <c>name</c>, <c>id</c>, <c>value</c> and <c>error-message</c>.
/// </summary>
public abstract class FormFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("name")]
    public string? Name { get; set; }

    [HtmlAttributeName("id")]
    public string? Id { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("error-message")]
    public string? ErrorMessage { get; set; }

    [HtmlAttributeName("form-group-class")]
    public string? FormGroupClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected string FieldName
    {
        get
        {
            if (Name is not null)
            {
                return Name;
            }

            if (For is null)
            {
                throw new InvalidOperationException($"{GetType().Name} needs asp-for or name.");
            }

            return ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        }
    }

    protected string FieldId => Id ?? FieldIds.FromName(FieldName);

    protected string? DisplayName => For?.Metadata.DisplayName ?? For?.Metadata.PropertyName;

    protected ModelStateEntry? ModelStateEntry =>
        For is not null && ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) ? entry : null;

    protected IHtmlContent? ErrorContent
    {
        get
        {
            if (ErrorMessage is not null)
            {
                return GovukHtml.Text(ErrorMessage);
            }

            var error = ModelStateEntry?.Errors.FirstOrDefault(e => !string.IsNullOrEmpty(e.ErrorMessage));
            return error is null ? null : GovukHtml.Text(error.ErrorMessage);
        }
    }

    /// <summary>What the user last typed (from ModelState after a failed post), otherwise the model's value.</summary>
    protected string? CurrentValue(string? explicitValue)
    {
        if (explicitValue is not null)
        {
            return explicitValue;
        }

        var entry = ModelStateEntry;
        if (entry?.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return For?.Model is { } model ? Format(model) : null;
    }

    /// <summary>Every value the field holds, for checkboxes and radios bound to one value or a collection.</summary>
    protected IReadOnlySet<string> CurrentValues()
    {
        var entry = ModelStateEntry;
        if (entry?.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string single => new HashSet<string>(StringComparer.Ordinal) { single },
                IEnumerable<string> many => many.ToHashSet(StringComparer.Ordinal),
                var other => new HashSet<string>(StringComparer.Ordinal) { Format(other) },
            };
        }

        return For?.Model switch
        {
            null => new HashSet<string>(),
            string single => new HashSet<string>(StringComparer.Ordinal) { single },
            IEnumerable many => many.Cast<object?>().Where(v => v is not null).Select(v => Format(v!)).ToHashSet(StringComparer.Ordinal),
            var single => new HashSet<string>(StringComparer.Ordinal) { Format(single) },
        };
    }

    internal static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    protected static IHtmlContent? TextOrNull(string? text) => text is null ? null : GovukHtml.Text(text);

    protected static async Task<IHtmlContent?> ChildContentOrNull(TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        return content.IsEmptyOrWhiteSpace ? null : content;
    }
}

/// <summary>A form field with a <c>label</c> (input, textarea, select).</summary>
public abstract class LabelledFieldTagHelper : FormFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

    protected IHtmlContent LabelContent => GovukHtml.Text(Label ?? DisplayName ?? FieldName);

    /// <summary>Writes the form group: label, hint, error message, then the field itself.</summary>
    protected IHtmlContent FormGroup(TagBuilder field, string fieldErrorClass, IHtmlContent? beforeField = null, IHtmlContent? afterField = null)
    {
        var id = FieldId;
        var error = ErrorContent;
        var hintId = Hint is null ? null : $"{id}-hint";
        var errorId = error is null ? null : $"{id}-error";

        var group = GovukHtml.FormGroup(error is not null, FormGroupClass);
        group.InnerHtml.AppendHtml(GovukHtml.Label(id, LabelContent, LabelClass, LabelIsPageHeading));
        if (hintId is not null)
        {
            group.InnerHtml.AppendHtml(GovukHtml.Hint(hintId, GovukHtml.Text(Hint!)));
        }

        if (errorId is not null)
        {
            group.InnerHtml.AppendHtml(GovukHtml.ErrorMessage(errorId, error!));
            field.AddCssClass(fieldErrorClass);
        }

        field.Attributes["id"] = id;
        field.Attributes["name"] = FieldName;
        var describedBy = GovukHtml.DescribedBy(field.Attributes.GetValueOrDefault("aria-describedby"), hintId, errorId);
        if (describedBy is not null)
        {
            field.Attributes["aria-describedby"] = describedBy;
        }

        if (beforeField is null && afterField is null)
        {
            group.InnerHtml.AppendHtml(field);
        }
        else
        {
            var wrapper = GovukHtml.Element("div", "govuk-input__wrapper");
            if (beforeField is not null)
            {
                wrapper.InnerHtml.AppendHtml(beforeField);
            }

            wrapper.InnerHtml.AppendHtml(field);
            if (afterField is not null)
            {
                wrapper.InnerHtml.AppendHtml(afterField);
            }

            group.InnerHtml.AppendHtml(wrapper);
        }

        return group;
    }
}

/// <summary>A form field in a fieldset with a <c>legend</c> (radios, checkboxes, date input).</summary>
public abstract class FieldsetFieldTagHelper : FormFieldTagHelper
{
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    [HtmlAttributeName("legend-is-page-heading")]
    public bool LegendIsPageHeading { get; set; }

    protected IHtmlContent? LegendContent => TextOrNull(Legend);
}
