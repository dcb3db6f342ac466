namespace Hearth.Data.Work;

/// <summary>Gathers open work from every <see cref="IWorkSource"/> in Hearth.</summary>
public static class WorkList
{
    private static readonly Lazy<IReadOnlyList<IWorkSource>> s_sources = new(() => Discover<IWorkSource>());

    /// <summary>Every work source, found once by reflection.</summary>
    public static IReadOnlyList<IWorkSource> Sources => s_sources.Value;

    /// <summary>All open work on the query's children, soonest due first.</summary>
    public static async Task<IReadOnlyList<WorkItem>> OpenAsync(HearthDbContext db, WorkQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var items = new List<WorkItem>();
        if (query.ChildIds.Count == 0)
        {
            return items;
        }

        foreach (var source in Sources)
        {
            items.AddRange(await source.OpenWorkAsync(db, query, cancellationToken));
        }

        return [.. items.OrderBy(i => i.DueDate).ThenBy(i => i.DueAt).ThenBy(i => i.Title, StringComparer.Ordinal)];
    }

    internal static IReadOnlyList<T> Discover<T>()
        where T : class =>
        [.. typeof(WorkList).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t, nonPublic: true)!)];
}
