using Bpm.Engine.Calendar;
using static Bpm.Engine.Tests.Calendar.HolidayTableTests;

namespace Bpm.Engine.Tests.Calendar;

public sealed class WorkingDayArithmeticTests
{
    private static readonly BusinessCalendar Calendar = new();

    [Theory]
    // DOMAIN.md: across the 2025 National Day holiday, counting the 09-28 and 10-11 make-up days
    [InlineData("2025-09-26", 7, "2025-10-13")]
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-09-26", 5, "2025-10-10")]
    [InlineData("2025-09-26", 6, "2025-10-11")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    // the start day is not counted; n = 0 is the start itself, even on a rest day
    [InlineData("2025-10-13", 1, "2025-10-14")]
    [InlineData("2025-10-13", 0, "2025-10-13")]
    [InlineData("2025-10-04", 0, "2025-10-04")]
    [InlineData("2025-10-04", 1, "2025-10-09")]
    // year boundaries: 2019 元旦 starts 2018-12-30 with 2018-12-29 worked
    [InlineData("2018-12-28", 1, "2018-12-29")]
    [InlineData("2018-12-28", 2, "2019-01-02")]
    [InlineData("2018-12-28", 5, "2019-01-07")]
    [InlineData("2022-12-30", 1, "2023-01-03")]
    [InlineData("2025-12-31", 1, "2026-01-04")]
    [InlineData("2025-12-31", 2, "2026-01-05")]
    // Spring Festival 2026 (9 days, 02-14 and 02-28 worked)
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-13", 2, "2026-02-24")]
    // backwards
    [InlineData("2025-10-13", -7, "2025-09-26")]
    [InlineData("2025-10-09", -1, "2025-09-30")]
    public void Add_working_days(string start, int n, string expected)
    {
        Assert.Equal(Parse(expected), Calendar.AddWorkingDays(Parse(start), n));
        if (n != 0 && Calendar.IsWorkingDay(Parse(start)))
            Assert.Equal(n, Calendar.WorkingDaysBetween(Parse(start), Parse(expected)));
    }

    [Theory]
    // a period ending on a rest day ends on the next working day
    [InlineData("2025-09-16", 15, "2025-10-09")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-09-15", 15, "2025-09-30")]
    [InlineData("2025-10-01", 0, "2025-10-09")]
    // a weekend end rolls to Monday; a make-up Saturday is a working day and ends the period
    [InlineData("2025-10-03", 15, "2025-10-20")]
    [InlineData("2025-09-13", 15, "2025-09-28")]
    // 90 calendar days (decision period) and across a year end
    [InlineData("2025-07-03", 90, "2025-10-09")]
    [InlineData("2018-12-15", 15, "2019-01-02")]
    public void Add_calendar_days_rolls_forward_from_a_rest_day(string start, int n, string expected) =>
        Assert.Equal(Parse(expected), Calendar.AddCalendarDays(Parse(start), n));

    [Theory]
    [InlineData("2025-09-26", "2025-10-13", 7)]
    [InlineData("2025-10-13", "2025-09-26", -7)]
    [InlineData("2025-10-13", "2025-10-13", 0)]
    [InlineData("2025-10-01", "2025-10-08", 0)]
    [InlineData("2025-10-01", "2025-10-09", 1)]
    [InlineData("2024-12-31", "2025-12-31", 248)] // 365 days − 104 weekend days − 13 statutory holidays
    public void Working_days_between(string a, string b, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(Parse(a), Parse(b)));

    [Fact]
    public void Date_time_overloads_keep_the_time_of_day_and_offset()
    {
        var zoned = new DateTimeOffset(2025, 9, 26, 16, 30, 15, TimeSpan.FromHours(8));
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 16, 30, 15, TimeSpan.FromHours(8)), Calendar.AddWorkingDays(zoned, 7));
        var local = new DateTime(2025, 9, 30, 9, 0, 0, DateTimeKind.Unspecified);
        var rolled = Calendar.AddCalendarDays(local, 1);
        Assert.Equal(new DateTime(2025, 10, 9, 9, 0, 0), rolled);
        Assert.Equal(DateTimeKind.Unspecified, rolled.Kind);
        Assert.Equal(7, Calendar.WorkingDaysBetween(zoned, zoned.AddDays(17)));
        Assert.False(Calendar.IsWorkingDay(new DateTime(2025, 10, 1, 12, 0, 0)));
    }

    [Fact]
    public void An_unpublished_year_has_its_computed_statutory_holidays_and_is_provisional()
    {
        var newYear = Calendar.Describe(Parse("2027-01-01"));
        Assert.Equal(DayKind.Holiday, newYear.Kind);
        Assert.True(newYear.Provisional);
        Assert.Equal("元旦", newYear.Name);
        var saturday = Calendar.Describe(Parse("2027-01-02"));
        Assert.Equal(DayKind.Weekend, saturday.Kind);
        Assert.True(saturday.Provisional);
        Assert.False(Calendar.Describe(Parse("2026-12-31")).Provisional);
        Assert.True(Calendar.Describe(Parse("2016-10-03")).Provisional);
        Assert.True(Calendar.Describe(Parse("2150-06-01")).Provisional);
        Assert.Equal(Parse("2027-01-05"), Calendar.AddWorkingDays(Parse("2026-12-31"), 2));
        // 1–3 October 2027 are Friday to Sunday: 4 and 5 October make up the weekend days.
        Assert.Equal(Parse("2027-10-06"), Calendar.AddCalendarDays(Parse("2027-10-01"), 2));
        Assert.True(Calendar.GetYear(2027)!.Provisional);
    }

    [Fact]
    public void Far_dates_outside_the_table_follow_the_weekend_rule()
    {
        Assert.Equal(Parse("2150-06-08"), Calendar.AddWorkingDays(Parse("2150-06-01"), 5));
        Assert.Equal(5, Calendar.WorkingDaysBetween(Parse("2150-06-01"), Parse("2150-06-08")));
        Assert.Equal(260, Calendar.WorkingDaysBetween(Parse("2100-12-31"), Parse("2101-12-31")));
    }
}
