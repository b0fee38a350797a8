using System.Globalization;
using Bpm.Engine.Calendar;

namespace Bpm.Engine.Tests.Calendar;

/// <summary>The national calendar against the State Council notices 2017–2026: the reference table (when present) date by
/// date, and a hand-written list of key dates that always runs.</summary>
public sealed class HolidayTableTests
{
    private static readonly BusinessCalendar Calendar = new();

    [ReferenceFact]
    public void Every_rest_day_and_make_up_day_of_the_reference_2017_to_2026()
    {
        var holidays = ReferenceHolidays.Load();
        Assert.Equal(Enumerable.Range(2017, 10), holidays.Select(h => h.Year).Distinct().Order());
        var problems = new List<string>();
        foreach (var holiday in holidays)
        {
            foreach (var day in holiday.RestDays)
            {
                var info = Calendar.Describe(day);
                if (info.Kind != DayKind.Holiday || info.Name != holiday.Name || info.Provisional)
                    problems.Add($"{day:yyyy-MM-dd} should be HOLIDAY {holiday.Name}, is {info}");
            }
            foreach (var day in holiday.MakeupDays)
            {
                var info = Calendar.Describe(day);
                var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                // The table lists 2020-02-03, a Monday, as 补班: work resumed that day after the extended Spring Festival;
                // it is an ordinary working day, which is what it must be here.
                if (weekend ? info.Kind != DayKind.MakeupWorkday || info.Name != holiday.Name : !info.IsWorkingDay)
                    problems.Add($"{day:yyyy-MM-dd} should be a make-up working day of {holiday.Name}, is {info}");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [ReferenceFact]
    public void Every_other_day_of_2017_to_2026_is_an_ordinary_weekday_or_weekend()
    {
        var listed = ReferenceHolidays.Load()
            .SelectMany(h => h.RestDays.Concat(h.MakeupDays))
            .ToHashSet();
        var problems = new List<string>();
        for (var day = new DateOnly(2017, 1, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
        {
            if (listed.Contains(day))
                continue;
            var expected = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday;
            var info = Calendar.Describe(day);
            if (info.Kind != expected || info.Name is not null || info.Provisional)
                problems.Add($"{day:yyyy-MM-dd} should be a plain {expected}, is {info}");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    // 2017
    [InlineData("2017-01-02", "HOLIDAY", "元旦")]
    [InlineData("2017-01-22", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2017-02-02", "HOLIDAY", "春节")]
    [InlineData("2017-04-01", "MAKEUP_WORKDAY", "清明节")]
    [InlineData("2017-05-27", "MAKEUP_WORKDAY", "端午节")]
    [InlineData("2017-10-08", "HOLIDAY", "中秋节、国庆节")]
    [InlineData("2017-09-30", "MAKEUP_WORKDAY", "中秋节、国庆节")]
    // 2018
    [InlineData("2018-02-11", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2018-04-08", "MAKEUP_WORKDAY", "清明节")]
    [InlineData("2018-04-30", "HOLIDAY", "劳动节")]
    [InlineData("2018-06-18", "HOLIDAY", "端午节")]
    [InlineData("2018-09-24", "HOLIDAY", "中秋节")]
    [InlineData("2018-09-29", "MAKEUP_WORKDAY", "国庆节")]
    // 2019 元旦 starts in 2018: the rest day belongs to its date
    [InlineData("2018-12-29", "MAKEUP_WORKDAY", "元旦")]
    [InlineData("2018-12-30", "HOLIDAY", "元旦")]
    [InlineData("2018-12-31", "HOLIDAY", "元旦")]
    [InlineData("2019-01-01", "HOLIDAY", "元旦")]
    [InlineData("2019-02-02", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2019-05-04", "HOLIDAY", "劳动节")]
    [InlineData("2019-05-05", "MAKEUP_WORKDAY", "劳动节")]
    [InlineData("2019-10-12", "MAKEUP_WORKDAY", "国庆节")]
    // 2020: Spring Festival extended to 02-02
    [InlineData("2020-01-19", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2020-01-31", "HOLIDAY", "春节")]
    [InlineData("2020-02-01", "HOLIDAY", "春节")]
    [InlineData("2020-02-03", "WORKDAY", null)]
    [InlineData("2020-05-09", "MAKEUP_WORKDAY", "劳动节")]
    [InlineData("2020-06-28", "MAKEUP_WORKDAY", "端午节")]
    [InlineData("2020-10-08", "HOLIDAY", "国庆节、中秋节")]
    // 2021–2022
    [InlineData("2021-02-07", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2021-09-18", "MAKEUP_WORKDAY", "中秋节")]
    [InlineData("2021-10-09", "MAKEUP_WORKDAY", "国庆节")]
    [InlineData("2022-01-29", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2022-04-02", "MAKEUP_WORKDAY", "清明节")]
    [InlineData("2022-04-24", "MAKEUP_WORKDAY", "劳动节")]
    [InlineData("2022-10-09", "MAKEUP_WORKDAY", "国庆节")]
    // 2023 元旦 starts 2022-12-31
    [InlineData("2022-12-31", "HOLIDAY", "元旦")]
    [InlineData("2023-01-02", "HOLIDAY", "元旦")]
    [InlineData("2023-01-29", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2023-06-25", "MAKEUP_WORKDAY", "端午节")]
    [InlineData("2023-09-29", "HOLIDAY", "中秋节、国庆节")]
    [InlineData("2023-10-08", "MAKEUP_WORKDAY", "中秋节、国庆节")]
    // 2024
    [InlineData("2024-02-04", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2024-02-17", "HOLIDAY", "春节")]
    [InlineData("2024-02-18", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2024-04-07", "MAKEUP_WORKDAY", "清明节")]
    [InlineData("2024-05-11", "MAKEUP_WORKDAY", "劳动节")]
    [InlineData("2024-09-14", "MAKEUP_WORKDAY", "中秋节")]
    [InlineData("2024-10-12", "MAKEUP_WORKDAY", "国庆节")]
    // 2025 (DOMAIN.md)
    [InlineData("2025-01-26", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2025-02-04", "HOLIDAY", "春节")]
    [InlineData("2025-02-08", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2025-04-27", "MAKEUP_WORKDAY", "劳动节")]
    [InlineData("2025-06-02", "HOLIDAY", "端午节")]
    [InlineData("2025-09-28", "MAKEUP_WORKDAY", "国庆节、中秋节")]
    [InlineData("2025-10-01", "HOLIDAY", "国庆节、中秋节")]
    [InlineData("2025-10-08", "HOLIDAY", "国庆节、中秋节")]
    [InlineData("2025-10-11", "MAKEUP_WORKDAY", "国庆节、中秋节")]
    // 2026 (DOMAIN.md): separate 国庆 and 中秋
    [InlineData("2026-01-03", "HOLIDAY", "元旦")]
    [InlineData("2026-01-04", "MAKEUP_WORKDAY", "元旦")]
    [InlineData("2026-02-14", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2026-02-23", "HOLIDAY", "春节")]
    [InlineData("2026-02-28", "MAKEUP_WORKDAY", "春节")]
    [InlineData("2026-05-09", "MAKEUP_WORKDAY", "劳动节")]
    [InlineData("2026-06-19", "HOLIDAY", "端午节")]
    [InlineData("2026-09-20", "MAKEUP_WORKDAY", "国庆节")]
    [InlineData("2026-09-25", "HOLIDAY", "中秋节")]
    [InlineData("2026-10-07", "HOLIDAY", "国庆节")]
    [InlineData("2026-10-10", "MAKEUP_WORKDAY", "国庆节")]
    // ordinary days
    [InlineData("2025-10-13", "WORKDAY", null)]
    [InlineData("2025-10-12", "WEEKEND", null)]
    [InlineData("2025-10-18", "WEEKEND", null)]
    [InlineData("2024-02-29", "WORKDAY", null)]
    [InlineData("2017-05-02", "WORKDAY", null)]
    public void Key_dates(string date, string kind, string? name)
    {
        var info = Calendar.Describe(Parse(date));
        Assert.Equal(kind, info.Kind.ToCode());
        Assert.Equal(name, info.Name);
        Assert.False(info.Provisional);
        Assert.Equal(kind is "WORKDAY" or "MAKEUP_WORKDAY", Calendar.IsWorkingDay(Parse(date)));
    }

    [Fact]
    public void The_data_file_cites_a_State_Council_notice_for_every_year_2017_to_2026()
    {
        var published = BuiltInHolidays.All.Where(y => !y.Provisional).ToList();
        Assert.Equal(Enumerable.Range(2017, 10), published.Select(y => y.Year));
        Assert.All(published, year =>
        {
            Assert.Contains("gov.cn", year.Notice);
            Assert.Contains("国务院办公厅", year.Notice);
            Assert.Equal(0, year.Version);
            Assert.NotEmpty(year.Entries);
        });
        Assert.Contains(BuiltInHolidays.Find(2026)!.Entries, e => e.Name == "中秋节");
        Assert.Contains(BuiltInHolidays.Find(2026)!.Entries, e => e.Name == "国庆节");
    }

    internal static DateOnly Parse(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
