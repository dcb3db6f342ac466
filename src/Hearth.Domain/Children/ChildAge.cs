namespace Hearth.Domain.Children;

/// <summary>Ages as the record shows them.</summary>
public static class ChildAge
{
    /// <summary>Whole years from the date of birth to the date given.</summary>
    public static int YearsBetween(DateOnly dateOfBirth, DateOnly on)
    {
        var years = on.Year - dateOfBirth.Year;
        return on < Anniversary(dateOfBirth, years) ? years - 1 : years;
    }

    /// <summary>Whole months from the date of birth to the date given.</summary>
    public static int MonthsBetween(DateOnly dateOfBirth, DateOnly on)
    {
        var months = ((on.Year - dateOfBirth.Year) * 12) + on.Month - dateOfBirth.Month;
        return on < MonthAnniversary(dateOfBirth, months) ? months - 1 : months;
    }

    /// <summary>"Under 1 month", "1 month", "7 months", "1 year", "4 years".</summary>
    public static string Describe(DateOnly dateOfBirth, DateOnly on)
    {
        var years = YearsBetween(dateOfBirth, on);
        if (years >= 1)
        {
            return years == 1 ? "1 year" : $"{years} years";
        }

        var months = MonthsBetween(dateOfBirth, on);
        return months switch
        {
            < 1 => "Under 1 month",
            1 => "1 month",
            _ => $"{months} months",
        };
    }

    // A child born on 29 February has their birthday on 1 March in other years, not 28 February:
    // the anniversary that does not exist has not yet begun on 28 February.
    private static DateOnly Anniversary(DateOnly dateOfBirth, int years)
    {
        var year = dateOfBirth.Year + years;
        return dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);
    }

    private static DateOnly MonthAnniversary(DateOnly dateOfBirth, int months)
    {
        var firstOfMonth = new DateOnly(dateOfBirth.Year, dateOfBirth.Month, 1).AddMonths(months);
        var daysInMonth = DateTime.DaysInMonth(firstOfMonth.Year, firstOfMonth.Month);
        return dateOfBirth.Day <= daysInMonth ? firstOfMonth.AddDays(dateOfBirth.Day - 1) : firstOfMonth.AddMonths(1);
    }
}
