using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Pages.AccessLog;

/// <summary>
/// The date input binder records the day, month and year a user typed under their own keys so the page can show
/// them again, but leaves the parts it did not mark wrong unvalidated, which keeps ModelState.IsValid false.
/// This marks those parts valid; the date's own key still carries any error.
/// </summary>
public static class DateParts
{
    public static void MarkTypedPartsValid(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var parts = Enum.GetNames<DatePart>();
        foreach (var (key, entry) in modelState)
        {
            // A date left blank is bound without its prefix, so its parts are recorded as "Day", "Month" and "Year".
            if (entry.ValidationState == ModelValidationState.Unvalidated
                && parts.Any(p => key == p || key.EndsWith("." + p, StringComparison.Ordinal)))
            {
                entry.ValidationState = ModelValidationState.Valid;
            }
        }
    }
}
