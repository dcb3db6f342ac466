using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.TagHelpers.Govuk;

/// <summary>
/// The id a field bound with <c>asp-for</c> gets, the same as ASP.NET Core's own (<c>Input.Name</c> becomes
/// <c>Input_Name</c>), so the error summary can link to it.
/// </summary>
public static class FieldIds
{
    public static string FromName(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_");

    public static string DatePart(string dateId, DatePart part) => $"{dateId}-{part.ToString().ToLowerInvariant()}";
}
