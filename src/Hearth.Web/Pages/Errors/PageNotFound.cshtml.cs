using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Errors;

[IgnoreAntiforgeryToken]
public sealed class PageNotFoundModel : PageModel
{
    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
