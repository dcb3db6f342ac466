using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Hearth.Web.Infrastructure.Access;

/// <summary>
/// The 403 page for something a person's role does not let them do outside a child's record (a child's record has
/// its own, from <see cref="ChildRecordFilter"/>), saying what and why.
/// </summary>
public static class Refusal
{
    public static ViewResult View(IModelMetadataProvider metadata, ModelStateDictionary modelState, string title, string reason) => new()
    {
        ViewName = "/Pages/Shared/_Refused.cshtml",
        StatusCode = StatusCodes.Status403Forbidden,
        ViewData = new ViewDataDictionary(metadata, modelState) { ["Title"] = title, ["Reason"] = reason },
    };
}
