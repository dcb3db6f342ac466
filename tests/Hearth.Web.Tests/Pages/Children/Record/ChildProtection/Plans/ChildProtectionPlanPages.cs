using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

/// <summary>Plans the child protection plan page tests start from, and reading them back.</summary>
internal static class ChildProtectionPlanPages
{
    public static readonly DateOnly Icpc = new(2026, 10, 1);

    public static string PlanUrl(ChildProtectionPlan plan) => $"/children/{plan.ChildId}/child-protection-plans/{plan.Id}";

    public static Task<ChildProtectionPlan> AddPlanAsync(this HearthWebFactory factory, Guid childId, Action<ChildProtectionPlan>? configure = null, DateOnly? startDate = null) =>
        factory.Data.CreateChildProtectionPlanAsync(factory.Database.CreateContext, childId, startDate ?? Icpc, configure: configure);

    public static async Task<ChildProtectionPlan?> PlanOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ChildProtectionPlan>().AsNoTracking().AsSplitQuery()
            .Include(p => p.Conferences)
            .Include(p => p.CoreGroups)
            .SingleOrDefaultAsync(p => p.ChildId == childId);
    }

    public static async Task<List<ChildProtectionConference>> ConferencesOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ChildProtectionConference>().AsNoTracking().Where(c => c.ChildId == childId).ToListAsync();
    }

    /// <summary>Three quorate attendees as the attendee rows of a form post.</summary>
    public static Dictionary<string, string> WithAttendees(this Dictionary<string, string> fields)
    {
        var rows = new[] { ("Dee Chair", "Conference chair", "LocalAuthority"), ("PC Jo Bloggs", "Public protection officer", "Police"), ("Ann Lee", "Health visitor", "Health") };
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"Attendees[{i}].Name"] = rows[i].Item1;
            fields[$"Attendees[{i}].Role"] = rows[i].Item2;
            fields[$"Attendees[{i}].Agency"] = rows[i].Item3;
        }

        return fields;
    }

    public static Dictionary<string, string> Date(this Dictionary<string, string> fields, string name, DateOnly date)
    {
        fields[$"{name}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields[$"{name}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields[$"{name}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fields;
    }
}
