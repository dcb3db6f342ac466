using Hearth.Domain.Calendar;

using static Hearth.Domain.Tests.Calendar.Dates;

namespace Hearth.Domain.Tests.Calendar;

public class BankHolidaysTests
{
    private static readonly BankHolidays s_holidays = BankHolidays.EnglandAndWales;

    private static readonly Dictionary<int, int> s_oneOffDaysByYear = new()
    {
        [2002] = 1,
        [2011] = 1,
        [2012] = 1,
        [2022] = 2,
        [2023] = 1,
    };

    // Written by hand from GOV.UK's published lists and the proclamations, not from the data file.
    public static TheoryData<int, string[]> PublishedYears => new()
    {
        { 2000, ["2000-01-03", "2000-04-21", "2000-04-24", "2000-05-01", "2000-05-29", "2000-08-28", "2000-12-25", "2000-12-26"] },
        { 2002, ["2002-01-01", "2002-03-29", "2002-04-01", "2002-05-06", "2002-06-03", "2002-06-04", "2002-08-26", "2002-12-25", "2002-12-26"] },
        { 2011, ["2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27"] },
        { 2012, ["2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"] },
        { 2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"] },
        { 2021, ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"] },
        { 2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"] },
        { 2023, ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"] },
        { 2024, ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"] },
        { 2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"] },
        { 2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"] },
    };

    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void InYear_PublishedYear_MatchesPublishedDates(int year, string[] expected)
    {
        var dates = s_holidays.InYear(year).Select(h => h.Date);

        dates.ShouldBe(expected.Select(On));
    }

    // Easter Sundays written by hand from published tables; Good Friday is two days before, Easter Monday the day after.
    [Theory]
    [InlineData("2000-04-23")]
    [InlineData("2005-03-27")]
    [InlineData("2008-03-23")]
    [InlineData("2011-04-24")]
    [InlineData("2016-03-27")]
    [InlineData("2019-04-21")]
    [InlineData("2028-04-16")]
    [InlineData("2029-04-01")]
    [InlineData("2030-04-21")]
    [InlineData("2033-04-17")]
    [InlineData("2035-03-25")]
    [InlineData("2038-04-25")]
    [InlineData("2040-04-01")]
    public void Find_EasterWeekend_GoodFridayAndEasterMondayAreBankHolidays(string easterSunday)
    {
        var sunday = On(easterSunday);

        var goodFriday = s_holidays.Find(sunday.AddDays(-2));
        var easterMonday = s_holidays.Find(sunday.AddDays(1));

        goodFriday.ShouldNotBeNull().Name.ShouldBe("Good Friday");
        easterMonday.ShouldNotBeNull().Name.ShouldBe("Easter Monday");
    }

    [Theory]
    [InlineData("2002-06-03", "Golden Jubilee")]
    [InlineData("2011-04-29", "Royal wedding")]
    [InlineData("2012-06-05", "Diamond Jubilee")]
    [InlineData("2020-05-08", "VE day")]
    [InlineData("2022-06-03", "Platinum Jubilee")]
    [InlineData("2022-09-19", "State Funeral")]
    [InlineData("2023-05-08", "coronation")]
    public void Find_OneOffDay_IsNamedForTheOccasion(string date, string occasion)
    {
        var holiday = s_holidays.Find(On(date));

        holiday.ShouldNotBeNull().Name.ShouldContain(occasion);
    }

    [Theory]
    [InlineData("2002-05-27")]
    [InlineData("2012-05-28")]
    [InlineData("2020-05-04")]
    [InlineData("2022-05-30")]
    public void IsBankHoliday_DayTheHolidayMovedFrom_IsFalse(string date)
    {
        s_holidays.IsBankHoliday(On(date)).ShouldBeFalse();
    }

    [Fact]
    public void All_EveryYearFrom2000To2040_HasEightRegularDaysPlusOneOffs()
    {
        var countsByYear = s_holidays.All.GroupBy(h => h.Date.Year).ToDictionary(g => g.Key, g => g.Count());

        countsByYear.Keys.Order().ShouldBe(Enumerable.Range(2000, 41));
        foreach (var (year, count) in countsByYear)
        {
            count.ShouldBe(8 + s_oneOffDaysByYear.GetValueOrDefault(year), $"bank holidays in {year}");
        }
    }

    [Fact]
    public void All_EveryDay_IsAWeekday()
    {
        var weekends = s_holidays.All.Where(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

        weekends.ShouldBeEmpty();
    }

    [Fact]
    public void All_Dates_AreDistinctAndInOrder()
    {
        var dates = s_holidays.All.Select(h => h.Date).ToList();

        dates.Distinct().Count().ShouldBe(dates.Count);
        dates.ShouldBe(dates.Order());
    }

    [Fact]
    public void All_EveryYear_HasGoodFridayThreeDaysBeforeEasterMondayInSpring()
    {
        foreach (var year in Enumerable.Range(2000, 41))
        {
            var inYear = s_holidays.InYear(year);
            var goodFriday = inYear.Single(h => h.Name == "Good Friday").Date;
            var easterMonday = inYear.Single(h => h.Name == "Easter Monday").Date;

            goodFriday.DayOfWeek.ShouldBe(DayOfWeek.Friday);
            easterMonday.ShouldBe(goodFriday.AddDays(3));
            goodFriday.ShouldBeInRange(new DateOnly(year, 3, 20), new DateOnly(year, 4, 23));
        }
    }

    [Fact]
    public void All_EveryYear_HasMayAndAugustBankHolidaysOnTheirMondaysExceptWhereMoved()
    {
        var moved = new HashSet<DateOnly> { On("2002-06-04"), On("2012-06-04"), On("2020-05-08"), On("2022-06-02") };
        foreach (var year in Enumerable.Range(2000, 41))
        {
            var inYear = s_holidays.InYear(year);
            var earlyMay = inYear.Single(h => h.Name.StartsWith("Early May", StringComparison.Ordinal)).Date;
            var spring = inYear.Single(h => h.Name == "Spring bank holiday").Date;
            var summer = inYear.Single(h => h.Name == "Summer bank holiday").Date;

            if (!moved.Contains(earlyMay))
            {
                earlyMay.DayOfWeek.ShouldBe(DayOfWeek.Monday);
                earlyMay.ShouldBeInRange(new DateOnly(year, 5, 1), new DateOnly(year, 5, 7));
            }

            if (!moved.Contains(spring))
            {
                spring.DayOfWeek.ShouldBe(DayOfWeek.Monday);
                spring.ShouldBeInRange(new DateOnly(year, 5, 25), new DateOnly(year, 5, 31));
            }

            summer.DayOfWeek.ShouldBe(DayOfWeek.Monday);
            summer.ShouldBeInRange(new DateOnly(year, 8, 25), new DateOnly(year, 8, 31));
        }
    }

    [Fact]
    public void All_EveryYear_HasNewYearAndTwoChristmasDaysOnTheDayOrTheirSubstitutes()
    {
        foreach (var year in Enumerable.Range(2000, 41))
        {
            var inYear = s_holidays.InYear(year);
            var newYear = inYear.Single(h => h.Name.StartsWith("New Year", StringComparison.Ordinal)).Date;
            var christmas = inYear.Where(h => h.Name.StartsWith("Christmas", StringComparison.Ordinal) || h.Name.StartsWith("Boxing", StringComparison.Ordinal)).ToList();

            var expectedNewYear = new DateOnly(year, 1, 1).DayOfWeek switch
            {
                DayOfWeek.Saturday => new DateOnly(year, 1, 3),
                DayOfWeek.Sunday => new DateOnly(year, 1, 2),
                _ => new DateOnly(year, 1, 1),
            };
            int[] expectedChristmasDays = new DateOnly(year, 12, 25).DayOfWeek switch
            {
                DayOfWeek.Friday => [25, 28],
                DayOfWeek.Saturday => [27, 28],
                DayOfWeek.Sunday => [26, 27],
                _ => [25, 26],
            };

            newYear.ShouldBe(expectedNewYear);
            christmas.Select(h => h.Date.Day).ShouldBe(expectedChristmasDays);
        }
    }

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2041-01-01")]
    public void IsBankHoliday_OutsideYearsCovered_Throws(string date)
    {
        var thrown = Should.Throw<ArgumentOutOfRangeException>(() => s_holidays.IsBankHoliday(On(date)));

        thrown.Message.ShouldContain("1 January 2000 to 31 December 2040");
    }

    [Fact]
    public void Source_OfTheDataFile_CitesGovUkTheActAndProclamations()
    {
        var source = s_holidays.Source;

        source.ShouldContain("GOV.UK");
        source.ShouldContain("Banking and Financial Dealings Act 1971");
        source.ShouldContain("proclamations");
    }

    [Fact]
    public void Parse_DateListedTwice_Throws()
    {
        var csv = "# test\ndate,name\n2024-01-01,New Year's Day\n2024-01-01,New Year's Day\n";

        var thrown = Should.Throw<InvalidDataException>(() => Parse(csv));

        thrown.Message.ShouldContain("2024-01-01 is listed as a bank holiday more than once");
    }

    [Theory]
    [InlineData("01/01/2024,New Year's Day")]
    [InlineData("2024-01-01")]
    [InlineData("2024-01-01,")]
    [InlineData("2024-02-30,Not a day")]
    public void Parse_MalformedLine_ThrowsNamingTheLine(string line)
    {
        var csv = $"# test\ndate,name\n{line}\n";

        var thrown = Should.Throw<InvalidDataException>(() => Parse(csv));

        thrown.Message.ShouldStartWith("Line 3:");
    }

    [Fact]
    public void Parse_DateOutsideYearsCovered_Throws()
    {
        var csv = "# test\ndate,name\n2041-01-01,New Year's Day\n";

        Should.Throw<InvalidDataException>(() => Parse(csv));
    }

    [Fact]
    public void Parse_NoSourceComment_Throws()
    {
        var csv = "date,name\n2024-01-01,New Year's Day\n";

        var thrown = Should.Throw<InvalidDataException>(() => Parse(csv));

        thrown.Message.ShouldContain("does not say where its dates come from");
    }

    [Fact]
    public void Parse_NoHeader_Throws()
    {
        var csv = "# test\n2024-01-01,New Year's Day\n";

        Should.Throw<InvalidDataException>(() => Parse(csv));
    }

    private static BankHolidays Parse(string csv)
    {
        using var reader = new StringReader(csv);
        return BankHolidays.Parse(reader, new DateOnly(2000, 1, 1), new DateOnly(2040, 12, 31));
    }
}
