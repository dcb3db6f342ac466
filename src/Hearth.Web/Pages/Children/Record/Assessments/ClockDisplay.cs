using Hearth.Domain;
using Hearth.Domain.Calendar;

namespace Hearth.Web.Pages.Children.Record.Assessments;

/// <summary>How a statutory or local clock reads on a page: a coloured tag and a line saying when it is or was due.</summary>
public static class ClockDisplay
{
    public static string TagClass(TimescaleStatus status) => status switch
    {
        TimescaleStatus.Overdue or TimescaleStatus.MetLate => "govuk-tag--red",
        TimescaleStatus.DueToday => "govuk-tag--orange",
        TimescaleStatus.DueSoon => "govuk-tag--yellow",
        TimescaleStatus.MetInTime => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string StatusText(TimescaleStatus status) => status switch
    {
        TimescaleStatus.Overdue => "Overdue",
        TimescaleStatus.DueToday => "Due today",
        TimescaleStatus.DueSoon => "Due soon",
        TimescaleStatus.NotYetDue => "Not yet due",
        TimescaleStatus.MetInTime => "Done in time",
        TimescaleStatus.MetLate => "Done late",
        _ => status.ToString(),
    };

    public static string DueLine(TimescaleEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var due = DisplayDate.Of(evaluation.DueDate);
        var unit = evaluation.Timescale.Rule.Kind == DueRuleKind.WorkingDays ? "working day" : "day";
        return evaluation.Status switch
        {
            TimescaleStatus.Overdue => $"Was due {due}: {Days(-evaluation.DaysLeft ?? 0, unit)} overdue",
            TimescaleStatus.MetInTime or TimescaleStatus.MetLate => $"Was due {due}",
            TimescaleStatus.DueToday => $"Due today, {due}",
            _ => $"Due {due}: {Days(evaluation.DaysLeft ?? 0, unit)} left",
        };
    }

    private static string Days(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
