using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

/// <summary>
/// GOV.UK date input. With <c>asp-for</c> on a <c>[DateInput]</c> property the fields are named <c>Name.Day</c>,
/// <c>Name.Month</c> and <c>Name.Year</c> and keep what the user typed; only the wrong parts are highlighted.
/// </summary>
[HtmlTargetElement("govuk-date-input")]
public sealed class DateInputTagHelper : FieldsetFieldTagHelper
{
    [HtmlAttributeName("name-prefix")]
    public string? NamePrefix { get; set; }

    [HtmlAttributeName("day-value")]
    public string? DayValue { get; set; }

    [HtmlAttributeName("month-value")]
    public string? MonthValue { get; set; }

    [HtmlAttributeName("year-value")]
    public string? YearValue { get; set; }

    [HtmlAttributeName("day-error")]
    public bool DayError { get; set; }

    [HtmlAttributeName("month-error")]
    public bool MonthError { get; set; }

    [HtmlAttributeName("year-error")]
    public bool YearError { get; set; }

    [HtmlAttributeName("show-day")]
    public bool ShowDay { get; set; } = true;

    [HtmlAttributeName("show-year")]
    public bool ShowYear { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var id = For is null ? Id ?? throw new InvalidOperationException("govuk-date-input needs asp-for or id.") : FieldId;
        var error = ErrorContent;
        var hintId = Hint is null ? null : $"{id}-hint";
        var errorId = error is null ? null : $"{id}-error";
        var wrongParts = WrongParts(error is not null);

        var group = GovukHtml.FormGroup(error is not null, FormGroupClass);
        var fieldset = GovukHtml.Fieldset(LegendContent, LegendClass, LegendIsPageHeading, GovukHtml.DescribedBy(hintId, errorId), role: "group");
        if (hintId is not null)
        {
            fieldset.InnerHtml.AppendHtml(GovukHtml.Hint(hintId, GovukHtml.Text(Hint!)));
        }

        if (errorId is not null)
        {
            fieldset.InnerHtml.AppendHtml(GovukHtml.ErrorMessage(errorId, error!));
        }

        var dateInput = GovukHtml.Element("div", "govuk-date-input");
        dateInput.Attributes["id"] = id;
        GovukHtml.MergeUnboundAttributes(output, dateInput);

        foreach (var part in Enum.GetValues<DatePart>())
        {
            if ((part == DatePart.Day && !ShowDay) || (part == DatePart.Year && !ShowYear))
            {
                continue;
            }

            dateInput.InnerHtml.AppendHtml(Item(id, part, wrongParts.Contains(part)));
        }

        fieldset.InnerHtml.AppendHtml(dateInput);
        group.InnerHtml.AppendHtml(fieldset);
        GovukHtml.Replace(output, group);
    }

    private Microsoft.AspNetCore.Mvc.Rendering.TagBuilder Item(string id, DatePart part, bool hasError)
    {
        var partId = FieldIds.DatePart(id, part);
        var input = GovukHtml.Element("input", GovukHtml.Classes(
            "govuk-input govuk-date-input__input",
            hasError ? "govuk-input--error" : null,
            part == DatePart.Year ? "govuk-input--width-4" : "govuk-input--width-2"));
        input.TagRenderMode = Microsoft.AspNetCore.Mvc.Rendering.TagRenderMode.SelfClosing;
        input.Attributes["id"] = partId;
        input.Attributes["name"] = PartName(part);
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        if (PartValue(part) is { Length: > 0 } value)
        {
            input.Attributes["value"] = value;
        }

        var formGroup = GovukHtml.FormGroup(false);
        formGroup.InnerHtml.AppendHtml(GovukHtml.Label(partId, GovukHtml.Text(part.ToString()), null, false, "govuk-date-input__label"));
        formGroup.InnerHtml.AppendHtml(input);
        var item = GovukHtml.Element("div", "govuk-date-input__item");
        item.InnerHtml.AppendHtml(formGroup);
        return item;
    }

    private string PartName(DatePart part)
    {
        if (For is not null)
        {
            return DateInputModelBinder.PartKey(FieldName, part);
        }

        var lower = part.ToString().ToLowerInvariant();
        return NamePrefix is null ? lower : $"{NamePrefix}-{lower}";
    }

    private string? PartValue(DatePart part)
    {
        var explicitValue = part switch
        {
            DatePart.Day => DayValue,
            DatePart.Month => MonthValue,
            _ => YearValue,
        };
        if (explicitValue is not null || For is null)
        {
            return explicitValue;
        }

        if (ViewContext.ViewData.ModelState.TryGetValue(DateInputModelBinder.PartKey(FieldName, part), out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return For.Model switch
        {
            DateOnly date => part switch
            {
                DatePart.Day => date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DatePart.Month => date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            _ => null,
        };
    }

    private HashSet<DatePart> WrongParts(bool hasError)
    {
        var flagged = new HashSet<DatePart>();
        if (DayError)
        {
            flagged.Add(DatePart.Day);
        }

        if (MonthError)
        {
            flagged.Add(DatePart.Month);
        }

        if (YearError)
        {
            flagged.Add(DatePart.Year);
        }

        if (For is not null)
        {
            foreach (var part in Enum.GetValues<DatePart>())
            {
                if (ViewContext.ViewData.ModelState.GetFieldValidationState(DateInputModelBinder.PartKey(FieldName, part)) == ModelValidationState.Invalid)
                {
                    flagged.Add(part);
                }
            }
        }

        return flagged.Count == 0 && hasError ? [.. Enum.GetValues<DatePart>()] : flagged;
    }
}
