using System.Globalization;

namespace Bpm.Engine.Calendar;

/// <summary>The statutory rest days of a year computed from 全国年节及纪念日放假办法 (as amended 2024, in force 2025-01-01),
/// for years the State Council has not yet published an arrangement for: 元旦 1 day, 春节 4 days (除夕 to 初三), 清明 1,
/// 劳动节 2 (1–2 May), 端午 1, 中秋 1, 国庆 3 (1–3 October). A rest day that falls on a Saturday or Sunday, or on another
/// holiday's day, is made up on the next free weekday (第六条: 适逢周六、周日，应当在工作日补假). The State Council's
/// notice usually moves weekends too (调休); those cannot be predicted, so such a year stays provisional until an
/// administrator enters the notice.</summary>
public static class StatutoryHolidays
{
    /// <summary>The last year the lunisolar calendar of .NET covers whole.</summary>
    public const int LastComputableYear = 2100;
    public const int FirstComputableYear = 2025;
    public const string Basis = "按《全国年节及纪念日放假办法》推算（临时）；国务院办公厅当年节假日安排通知发布后，请管理员录入以取代本推算";

    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The computed year, provisional, as version 0 of the national calendar.</summary>
    public static CalendarYear Compute(int year)
    {
        if (year < FirstComputableYear || year > LastComputableYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"法定节假日只能推算 {FirstComputableYear}–{LastComputableYear} 年。");
        var taken = new HashSet<DateOnly>();
        var entries = new List<CalendarEntry>();
        foreach (var holiday in StatutoryDays(year).OrderBy(h => h.RestDays[0]))
        {
            var rest = new List<DateOnly>();
            var owed = 0;
            foreach (var day in holiday.RestDays)
            {
                if (IsWeekend(day) || !taken.Add(day))
                    owed++;
                rest.Add(day);
            }
            for (var day = holiday.RestDays[^1].AddDays(1); owed > 0; day = day.AddDays(1))
            {
                if (IsWeekend(day) || !taken.Add(day))
                    continue;
                rest.Add(day);
                owed--;
            }
            entries.Add(new CalendarEntry(holiday.Name, rest.Distinct().Order().ToList(), []));
        }
        return new CalendarYear("", year, 0, null, true, entries, Reason: Basis);
    }

    /// <summary>The statutory days themselves, by the current rule, before any make-up for weekends (2001–2100).</summary>
    public static IReadOnlyList<CalendarEntry> StatutoryDays(int year)
    {
        if (year < 2001 || year > LastComputableYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"法定节假日只能推算 2001–{LastComputableYear} 年。");
        return
        [
            new("元旦", [new DateOnly(year, 1, 1)], []),
            new("春节", SpringFestival(year), []),
            new("清明节", [Qingming(year)], []),
            new("劳动节", [new DateOnly(year, 5, 1), new DateOnly(year, 5, 2)], []),
            new("端午节", [LunarDate(year, 5, 5)], []),
            new("中秋节", [LunarDate(year, 8, 15)], []),
            new("国庆节", [new DateOnly(year, 10, 1), new DateOnly(year, 10, 2), new DateOnly(year, 10, 3)], []),
        ];
    }

    /// <summary>除夕 (the last day of the twelfth lunar month) to 初三.</summary>
    private static List<DateOnly> SpringFestival(int year)
    {
        var newYear = LunarDate(year, 1, 1);
        return [newYear.AddDays(-1), newYear, newYear.AddDays(1), newYear.AddDays(2)];
    }

    /// <summary>The Gregorian date of a day of a lunar month (never a leap month) of the lunar year starting in <paramref name="year"/>.</summary>
    private static DateOnly LunarDate(int year, int month, int day)
    {
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>The solar term 清明 (sun at 15° longitude) by the usual 21st-century approximation
    /// day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ (Y = year mod 100), exact for 2001–2099; 2100 is 5 April.</summary>
    private static DateOnly Qingming(int year)
    {
        if (year == 2100)
            return new DateOnly(2100, 4, 5);
        var y = year % 100;
        var day = (int)Math.Floor(y * 0.2422 + 4.81) - y / 4;
        return new DateOnly(year, 4, day);
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
