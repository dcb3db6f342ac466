using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class StrategyDiscussionsModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    public ChildEnquiries Enquiries { get; private set; } = null!;

    public async Task OnGetAsync(Guid childId) => Enquiries = await ChildEnquiries.LoadAsync(db, childId);
}
