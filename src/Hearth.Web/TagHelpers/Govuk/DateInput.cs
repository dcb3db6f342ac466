using System.Globalization;

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Hearth.Web.TagHelpers.Govuk;

public enum DatePart
{
    Day,
    Month,
    Year,
}

/// <summary>
/// Binds a <see cref="DateOnly"/> (or nullable) property from the three fields of a GOV.UK date input
/// (<c>Name.Day</c>, <c>Name.Month</c>, <c>Name.Year</c>). Put it on the property with <c>[BindProperty]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DateInputAttribute : Attribute
{
}

public sealed class DateInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var isDate = context.Metadata.UnderlyingOrModelType == typeof(DateOnly);
        var attributes = context.Metadata is DefaultModelMetadata metadata
            ? (metadata.Attributes.PropertyAttributes ?? metadata.Attributes.ParameterAttributes ?? [])
            : [];

        return isDate && attributes.OfType<DateInputAttribute>().Any() ? new DateInputModelBinder() : null;
    }
}

/// <summary>
/// Keeps what the user typed in each part (so the page shows it again) and, when the parts do not make a date,
/// adds the GOV.UK date input error message to the date's key and marks which parts are wrong.
/// See https://design-system.service.gov.uk/components/date-input/#error-messages.
/// </summary>
public sealed class DateInputModelBinder : IModelBinder
{
    private static readonly string[] MonthNames = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.MonthNames;
    private static readonly string[] MonthAbbreviations = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.AbbreviatedMonthNames;

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);

        var name = bindingContext.ModelName;
        var modelState = bindingContext.ModelState;
        var parts = new Dictionary<DatePart, string?>();
        foreach (var part in Enum.GetValues<DatePart>())
        {
            var key = PartKey(name, part);
            var value = bindingContext.ValueProvider.GetValue(key);
            modelState.SetModelValue(key, value);

            // The parts are not model properties, so nothing else validates them: they are valid unless a check below
            // marks one wrong, and ModelState.IsValid then speaks for the date as a whole.
            modelState.MarkFieldValid(key);
            parts[part] = value.FirstValue?.Trim();
        }

        var missing = parts.Where(p => string.IsNullOrEmpty(p.Value)).Select(p => p.Key).ToList();
        if (missing.Count == 3)
        {
            foreach (var part in Enum.GetValues<DatePart>())
            {
                modelState.MarkFieldSkipped(PartKey(name, part));
            }

            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        modelState.SetModelValue(name, rawValue: null, attemptedValue: string.Join('/', parts.Values));
        var fieldName = bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelMetadata.Name ?? name;

        if (missing.Count > 0)
        {
            var missingText = string.Join(" and ", missing.Select(p => p.ToString().ToLowerInvariant()));
            Fail(bindingContext, $"{fieldName} must include a {missingText}", missing);
            return Task.CompletedTask;
        }

        var day = ParseNumber(parts[DatePart.Day]);
        var month = ParseMonth(parts[DatePart.Month]);
        var yearText = parts[DatePart.Year]!;
        var year = ParseNumber(yearText);

        if (year is null || yearText.Length != 4)
        {
            Fail(bindingContext, "Year must include 4 numbers", [DatePart.Year]);
            return Task.CompletedTask;
        }

        var wrong = new List<DatePart>();
        if (month is null or < 1 or > 12)
        {
            wrong.Add(DatePart.Month);
        }

        var daysInMonth = month is >= 1 and <= 12 ? DateTime.DaysInMonth(year.Value, month.Value) : 31;
        if (day is null || day < 1 || day > daysInMonth)
        {
            wrong.Insert(0, DatePart.Day);
        }

        if (wrong.Count > 0)
        {
            Fail(bindingContext, $"{fieldName} must be a real date", wrong);
            return Task.CompletedTask;
        }

        modelState.MarkFieldValid(name);
        bindingContext.Result = ModelBindingResult.Success(new DateOnly(year.Value, month!.Value, day!.Value));
        return Task.CompletedTask;
    }

    public static string PartKey(string dateKey, DatePart part) =>
        string.IsNullOrEmpty(dateKey) ? part.ToString() : $"{dateKey}.{part}";

    private static void Fail(ModelBindingContext bindingContext, string message, IEnumerable<DatePart> wrongParts)
    {
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
        foreach (var part in wrongParts)
        {
            var entry = bindingContext.ModelState[PartKey(bindingContext.ModelName, part)];
            if (entry is not null)
            {
                entry.ValidationState = ModelValidationState.Invalid;
            }
        }

        bindingContext.Result = ModelBindingResult.Failed();
    }

    private static int? ParseNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static int? ParseMonth(string? text)
    {
        if (ParseNumber(text) is { } number)
        {
            return number;
        }

        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(text, MonthNames[i], StringComparison.OrdinalIgnoreCase) ||
                string.Equals(text, MonthAbbreviations[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }
}
