using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

/// <summary>
/// GOV.UK text input: <c>&lt;govuk-input asp-for="LastName" label="Last name" hint="..." width="20" autocomplete="off"
/// spellcheck="false" inputmode="numeric" /&gt;</c>. Other attributes (<c>class</c>, <c>pattern</c>, <c>disabled</c>,
/// <c>data-*</c>) go on the input.
/// </summary>
[HtmlTargetElement("govuk-input")]
public sealed class InputTagHelper : LabelledFieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    /// <summary>A GOV.UK fixed width: 2, 3, 4, 5, 10, 20 or 30 characters.</summary>
    [HtmlAttributeName("width")]
    public int? Width { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("prefix")]
    public string? Prefix { get; set; }

    [HtmlAttributeName("suffix")]
    public string? Suffix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var input = GovukHtml.Element("input", GovukHtml.Classes("govuk-input", Width is null ? null : $"govuk-input--width-{Width}"));
        input.TagRenderMode = TagRenderMode.SelfClosing;
        GovukHtml.MergeUnboundAttributes(output, input);
        input.Attributes["type"] = Type;

        // A password is never written back into the page, not even after a failed attempt.
        if (!string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase) && CurrentValue(Value) is { } value)
        {
            input.Attributes["value"] = value;
        }

        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (InputMode is not null)
        {
            input.Attributes["inputmode"] = InputMode;
        }

        GovukHtml.Replace(output, FormGroup(input, "govuk-input--error", Affix("govuk-input__prefix", Prefix), Affix("govuk-input__suffix", Suffix)));
    }

    private static TagBuilder? Affix(string cssClass, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var affix = GovukHtml.Element("div", cssClass);
        affix.Attributes["aria-hidden"] = "true";
        affix.InnerHtml.Append(text);
        return affix;
    }
}

/// <summary>GOV.UK textarea: <c>&lt;govuk-textarea asp-for="Summary" label="..." rows="8" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-textarea")]
public sealed class TextareaTagHelper : LabelledFieldTagHelper
{
    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var textarea = GovukHtml.Element("textarea", "govuk-textarea");
        GovukHtml.MergeUnboundAttributes(output, textarea);
        textarea.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Spellcheck is { } spellcheck)
        {
            textarea.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (Autocomplete is not null)
        {
            textarea.Attributes["autocomplete"] = Autocomplete;
        }

        if (CurrentValue(Value) is { } value)
        {
            textarea.InnerHtml.Append(value);
        }

        GovukHtml.Replace(output, FormGroup(textarea, "govuk-textarea--error"));
    }
}
