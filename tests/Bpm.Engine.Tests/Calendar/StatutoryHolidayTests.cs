using Bpm.Engine.Calendar;

namespace Bpm.Engine.Tests.Calendar;

/// <summary>Years without a State Council notice: the statutory holidays of 全国年节及纪念日放假办法 computed with the Chinese
/// lunisolar calendar, made up on weekdays when they fall on weekends, and provisional until an administrator enters the notice.</summary>
public sealed class StatutoryHolidayTests
{
    private static readonly BusinessCalendar Calendar = new();

    private static DateOnly Parse(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_computed_lunar_and_solar_days_fall_on_the_published_rest_days_of_every_notice_2017_to_2026()
    {
        var problems = new List<string>();
        foreach (var published in BuiltInHolidays.All.Where(y => !y.Provisional))
        {
            foreach (var computed in StatutoryHolidays.StatutoryDays(published.Year))
            {
                // Before the 2024 amendment (in force 2025) 春节 began on 初一 and 劳动节 was 1 May only.
                var days = published.Year >= 2025 ? computed.RestDays
                    : computed.Name switch
                    {
                        "春节" => computed.RestDays.Skip(1).ToList(),
                        "劳动节" => computed.RestDays.Take(1).ToList(),
                        _ => computed.RestDays,
                    };
                // A notice may join two holidays in one entry (e.g. 中秋节、国庆节).
                var rest = published.Entries.Where(e => e.Name.Contains(computed.Name[..2], StringComparison.Ordinal))
                    .SelectMany(e => e.RestDays).ToHashSet();
                foreach (var day in days.Where(d => !rest.Contains(d)))
                    problems.Add($"{published.Year} {computed.Name}: {day:yyyy-MM-dd} is not a published rest day");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(10, BuiltInHolidays.All.Count(y => !y.Provisional));
    }

    [Fact]
    public void Every_year_after_the_last_notice_has_its_seven_holidays_and_thirteen_or_more_rest_days_marked_provisional()
    {
        foreach (var year in BuiltInHolidays.All.Where(y => y.Year > 2026))
        {
            Assert.True(year.Provisional, $"{year.Year} should be provisional");
            Assert.True(year.IsBuiltIn);
            Assert.Equal(StatutoryHolidays.Basis, year.Reason);
            Assert.Equal(7, year.Entries.Count);
            // 13 statutory days; each one on a weekend or doubled with another holiday adds one weekday.
            var weekdayRest = year.Entries.SelectMany(e => e.RestDays).Distinct()
                .Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            Assert.Equal(13, weekdayRest);
        }
        Assert.Equal(2100, BuiltInHolidays.All[^1].Year);
    }

    [Theory]
    [InlineData("2027-01-01", "元旦")] // a Friday
    [InlineData("2027-02-05", "春节")] // 除夕, Friday
    [InlineData("2027-02-06", "春节")] // 初一, Saturday
    [InlineData("2027-02-08", "春节")] // 初三, Monday
    [InlineData("2027-02-09", "春节")] // made up for 初一 on Saturday
    [InlineData("2027-02-10", "春节")] // made up for 初二 on Sunday
    [InlineData("2027-04-05", "清明节")] // Monday
    [InlineData("2027-05-03", "劳动节")] // made up for 1 May on Saturday (2 May is a Sunday)
    [InlineData("2027-06-09", "端午节")] // lunar 5-5, Wednesday
    [InlineData("2027-09-15", "中秋节")] // lunar 8-15, Wednesday
    [InlineData("2027-10-04", "国庆节")] // made up for 2 October on Saturday
    [InlineData("2027-10-05", "国庆节")] // made up for 3 October on Sunday
    public void A_2027_statutory_holiday_is_a_provisional_rest_day(string date, string name)
    {
        var day = Calendar.Describe(Parse(date));
        Assert.Equal(DayKind.Holiday, day.Kind);
        Assert.Equal(name, day.Name);
        Assert.True(day.Provisional);
        Assert.False(Calendar.IsWorkingDay(Parse(date)));
    }

    [Fact]
    public void A_leap_month_year_puts_the_dragon_boat_and_mid_autumn_festivals_after_the_leap_month()
    {
        // 2028 has a leap fifth month; 端午 is the regular fifth month's fifth day (2028-05-28), 中秋 2028-10-03.
        var days = StatutoryHolidays.StatutoryDays(2028).ToDictionary(e => e.Name, e => e.RestDays);
        Assert.Equal(Parse("2028-05-28"), days["端午节"][0]);
        Assert.Equal(Parse("2028-10-03"), days["中秋节"][0]);
        Assert.Equal(Parse("2028-01-25"), days["春节"][0]);
        Assert.Equal(Parse("2028-04-04"), days["清明节"][0]);
    }

    [Fact]
    public void A_deadline_across_the_year_boundary_skips_new_year_2027()
    {
        // 2026-12-31 Thursday + 1 working day: 1 January 2027 is 元旦 (Friday), then a weekend.
        Assert.Equal(Parse("2027-01-04"), Calendar.AddWorkingDays(Parse("2026-12-31"), 1));
        // 15 working days from 2027-01-25 cross 春节 2027 (05–10 February rest).
        Assert.Equal(Parse("2027-02-19"), Calendar.AddWorkingDays(Parse("2027-01-25"), 15));
    }

    [Fact]
    public void An_entered_notice_replaces_the_computed_year_and_ends_provisional()
    {
        var notice = new CalendarYear("", 2027, 1, "国务院办公厅关于2027年部分节假日安排的通知", false,
            [new CalendarEntry("元旦", [Parse("2027-01-01"), Parse("2027-01-02"), Parse("2027-01-03")], [])], "admin");
        var calendar = new BusinessCalendar([notice]);
        Assert.False(calendar.Describe(Parse("2027-01-01")).Provisional);
        Assert.True(calendar.IsWorkingDay(Parse("2027-02-09")));
        Assert.Equal("国务院办公厅关于2027年部分节假日安排的通知", calendar.GetYear(2027)!.Notice);
    }
}
