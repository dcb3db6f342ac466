using Hearth.Domain;
using Hearth.Domain.Calendar;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

/// <summary>How a clock's status shows as a GOV.UK tag.</summary>
public static class ClockTag
{
    public static string Class(TimescaleStatus status) => status switch
    {
        TimescaleStatus.Overdue => "govuk-tag--red",
        TimescaleStatus.DueToday => "govuk-tag--orange",
        TimescaleStatus.DueSoon => "govuk-tag--yellow",
        TimescaleStatus.MetInTime => "govuk-tag--green",
        TimescaleStatus.MetLate => "govuk-tag--pink",
        _ => "govuk-tag--blue",
    };

    public static string Text(TimescaleStatus status) => status switch
    {
        TimescaleStatus.Overdue => "Overdue",
        TimescaleStatus.DueToday => "Due today",
        TimescaleStatus.DueSoon => "Due soon",
        TimescaleStatus.MetInTime => "In time",
        TimescaleStatus.MetLate => "Late",
        _ => "Not yet due",
    };

    public static string Due(TimescaleEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return $"Due {DisplayDate.Of(evaluation.DueDate)}";
    }
}
