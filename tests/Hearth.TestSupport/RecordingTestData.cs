using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.TestSupport;

/// <summary>Visits, management oversight and chronology records for tests, made through the domain and saved to <c>database</c>.</summary>
public static class RecordingTestData
{
    public static async Task<Visit> RecordVisitAsync(
        this TestData data,
        TestDatabase database,
        Guid childId,
        VisitKind kind = VisitKind.ChildInNeed,
        DateOnly? visitedOn = null,
        bool childSeen = true,
        bool childSeenAlone = true,
        string? notSeenReason = null,
        Guid? visitorWorkerId = null,
        string? wishesAndFeelings = "I like my new school")
    {
        ArgumentNullException.ThrowIfNull(data);
        var visit = Visit.Record(childId, kind, visitedOn ?? data.Today.AddDays(-1), visitorWorkerId, childSeen, childSeenAlone,
            notSeenReason ?? (childSeenAlone ? null : "Asleep when we called"), wishesAndFeelings, "Home warm and tidy", "Engaging well", data.Today, data.Change());
        await SaveAsync(database, visit);
        return visit;
    }

    public static async Task<ManagementOversight> RecordOversightAsync(
        this TestData data,
        TestDatabase database,
        Guid childId,
        DateOnly? oversightDate = null,
        params OversightActionInput[] actions)
    {
        ArgumentNullException.ThrowIfNull(data);
        var oversight = ManagementOversight.Record(childId, Role.TeamManager, oversightDate ?? data.Today.AddDays(-1), "Discussed the child's progress at home",
            "Continue the child in need plan", actions, data.Today, data.Change());
        await SaveAsync(database, oversight);
        return oversight;
    }

    public static async Task<SignificantEvent> AddSignificantEventAsync(
        this TestData data,
        TestDatabase database,
        Guid childId,
        DateOnly? occurredOn = null,
        string what = "Father arrested",
        string source = "Police notification")
    {
        ArgumentNullException.ThrowIfNull(data);
        var added = SignificantEvent.Add(childId, occurredOn ?? data.Today.AddDays(-7), what, source, data.Today, data.Change());
        await SaveAsync(database, added);
        return added;
    }

    public static async Task<ChronologyAnalysis> WriteChronologyAnalysisAsync(this TestData data, TestDatabase database, Guid childId, string text)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(database);
        await using var context = database.CreateContext();
        var current = (await context.Set<ChronologyAnalysis>().Where(a => a.ChildId == childId).ToListAsync()).MaxBy(a => a.WrittenAt);
        var analysis = ChronologyAnalysis.Write(childId, text, current, data.Change());
        context.Add(analysis);
        await context.SaveChangesAsync();
        return analysis;
    }

    private static async Task SaveAsync(TestDatabase database, object entity)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var context = database.CreateContext();
        context.Add(entity);
        await context.SaveChangesAsync();
    }
}
