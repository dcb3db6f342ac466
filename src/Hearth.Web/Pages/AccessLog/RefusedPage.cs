using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.AccessLog;

/// <summary>The 403 page for service pages (not a child's record) that a person's role does not give them.</summary>
public static class RefusedPage
{
    public static ViewResult For(PageModel page, string title, string reason)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new ViewResult
        {
            ViewName = "/Pages/AccessLog/_Refused.cshtml",
            StatusCode = StatusCodes.Status403Forbidden,
            ViewData = new(page.ViewData)
            {
                ["Title"] = title,
                ["Reason"] = reason,
            },
        };
    }
}
