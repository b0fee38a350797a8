using Bpm.Engine.Calendar;
using static Bpm.Engine.Tests.Calendar.HolidayTableTests;

namespace Bpm.Engine.Tests.Calendar;

/// <summary>An organisation's calendar is the national one with its own extra rest and working days on top.</summary>
public sealed class RegionCalendarTests
{
    private static readonly BusinessCalendar Calendar = new([
        new CalendarYear("xinyang", 2025, 1, "信阳市地方安排", false, [
            new CalendarEntry("地方节日", [Parse("2025-10-14"), Parse("2025-10-15")], [Parse("2025-10-18")]),
            new CalendarEntry("防汛值班", [], [Parse("2025-10-08")]),
        ], "admin", DateTimeOffset.UnixEpoch, "地方规定"),
        new CalendarYear("xinyang", 2027, 1, null, false, [new CalendarEntry("地方节日", [Parse("2027-03-01")], [])],
            "admin", DateTimeOffset.UnixEpoch, "地方规定"),
    ]);

    [Fact]
    public void Extra_rest_days_and_working_days_apply_to_the_organisation_only()
    {
        var rest = Calendar.Describe(Parse("2025-10-14"), "xinyang");
        Assert.Equal(DayKind.Holiday, rest.Kind);
        Assert.Equal("地方节日", rest.Name);
        Assert.Equal(DayKind.Workday, Calendar.Describe(Parse("2025-10-14")).Kind);
        Assert.Equal(DayKind.Workday, Calendar.Describe(Parse("2025-10-14"), "other-org").Kind);

        Assert.Equal(DayKind.MakeupWorkday, Calendar.Describe(Parse("2025-10-18"), "xinyang").Kind);
        Assert.True(Calendar.IsWorkingDay(Parse("2025-10-08"), "xinyang"));
        Assert.False(Calendar.IsWorkingDay(Parse("2025-10-08")));
    }

    [Fact]
    public void The_organisation_inherits_the_national_holidays()
    {
        var national = Calendar.Describe(Parse("2025-10-03"), "xinyang");
        Assert.Equal(DayKind.Holiday, national.Kind);
        Assert.Equal("国庆节、中秋节", national.Name);
        // national: 2025-09-26 + 7 WD = 10-13; xinyang also works 10-08
        Assert.Equal(Parse("2025-10-13"), Calendar.AddWorkingDays(Parse("2025-09-26"), 7));
        Assert.Equal(Parse("2025-10-11"), Calendar.AddWorkingDays(Parse("2025-09-26"), 7, "xinyang"));
        // rest on 10-14/15, work on Saturday 10-18
        Assert.Equal(Parse("2025-10-18"), Calendar.AddWorkingDays(Parse("2025-10-13"), 3, "xinyang"));
        Assert.Equal(Parse("2025-10-16"), Calendar.AddCalendarDays(Parse("2025-10-13"), 1, "xinyang"));
        Assert.Equal(3, Calendar.WorkingDaysBetween(Parse("2025-10-13"), Parse("2025-10-18"), "xinyang"));
    }

    [Fact]
    public void An_organisation_year_without_national_data_stays_provisional()
    {
        var day = Calendar.Describe(Parse("2027-03-01"), "xinyang");
        Assert.Equal(DayKind.Holiday, day.Kind);
        Assert.True(day.Provisional);
        Assert.NotNull(Calendar.GetYear(2027, "xinyang"));
        Assert.True(Calendar.GetYear(2027)!.Provisional);
    }
}
