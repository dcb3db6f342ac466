using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

/// <summary>A page that records on one of the child's section 47 enquiries, with the version it was opened at.</summary>
public abstract class Section47EnquiryPageModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    public Section47Enquiry Enquiry { get; private set; } = null!;

    public string EnquiryPath => $"/children/{Enquiry.ChildId}/section-47-enquiries/{Enquiry.Id}";

    /// <summary>Loads the enquiry, tracked for a change; false when it is not the child's.</summary>
    protected async Task<bool> LoadAsync(Guid childId, Guid enquiryId)
    {
        if (await Db.Set<Section47Enquiry>().SingleOrDefaultAsync(e => e.Id == enquiryId && e.ChildId == childId) is not { } enquiry)
        {
            return false;
        }

        Enquiry = enquiry;
        return true;
    }

    /// <summary>True when someone else changed the enquiry after the form was opened at <paramref name="version"/>; says so on the page.</summary>
    protected bool ChangedSince(Guid? version)
    {
        if (version is null || version == Enquiry.Version)
        {
            return false;
        }

        ModelState.AddModelError(string.Empty, "Someone else changed this section 47 enquiry while you were editing it. Check what it now says, then try again.");
        return true;
    }
}
