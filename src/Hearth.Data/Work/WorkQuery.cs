using Hearth.Domain.Calendar;

namespace Hearth.Data.Work;

/// <summary>Which children's work to gather, at which instant, against which local authority's timescales.</summary>
public sealed record WorkQuery(IReadOnlyCollection<Guid> ChildIds, DateTimeOffset Now, Timescales Timescales)
{
    /// <summary>Today in Europe/London.</summary>
    public DateOnly Today => WorkingCalendar.LocalDate(Now);
}
