using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

/// <summary>How the child protection pages show instants and where a clock stands.</summary>
public static class EnquiryDisplay
{
    public static string When(DateTimeOffset instant) => LondonTime.Of(instant);

    /// <summary>The status tag's text: due, due today, overdue, met in time or met late.</summary>
    public static string StatusText(TimescaleEvaluation clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.Status switch
        {
            TimescaleStatus.NotYetDue or TimescaleStatus.DueSoon => "Due",
            TimescaleStatus.DueToday => "Due today",
            TimescaleStatus.Overdue => "Overdue",
            TimescaleStatus.MetInTime => "Met in time",
            _ => "Met late",
        };
    }

    public static string StatusClass(TimescaleEvaluation clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.Status switch
        {
            TimescaleStatus.NotYetDue or TimescaleStatus.DueSoon => "govuk-tag--blue",
            TimescaleStatus.DueToday => "govuk-tag--yellow",
            TimescaleStatus.Overdue => "govuk-tag--red",
            TimescaleStatus.MetInTime => "govuk-tag--green",
            _ => "govuk-tag--orange",
        };
    }

    /// <summary>When it is or was due: to the hour for a timescale to the hour.</summary>
    public static string Due(TimescaleEvaluation clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.DueAt is { } dueAt ? When(dueAt) : Hearth.Domain.DisplayDate.Of(clock.DueDate);
    }
}
