using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Hearth.Web.Pages.Children.AddAChild;

/// <summary>The 403 page for something the person's role does not let them do, with the reason.</summary>
public static class NotPermitted
{
    public static ViewResult View(IModelMetadataProvider metadata, ModelStateDictionary modelState, string title, string reason) => new()
    {
        ViewName = "/Pages/Children/AddAChild/_NotPermitted.cshtml",
        StatusCode = StatusCodes.Status403Forbidden,
        ViewData = new ViewDataDictionary(metadata, modelState) { ["Title"] = title, ["Reason"] = reason },
    };
}
