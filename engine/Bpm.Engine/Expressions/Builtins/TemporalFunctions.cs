using System.Globalization;
using Bpm.Engine.Expressions.Evaluation;
using static Bpm.Engine.Expressions.Builtins.Arguments;

namespace Bpm.Engine.Expressions.Builtins;

internal static class TemporalFunctions
{
    public static void Register(BuiltInFunctions table, Time.BusinessClock clock)
    {
        table.Add("date", ["from"], a => a[0] is string s ? DateFromText(s) : Date(a[0]));
        table.Add("date", ["year", "month", "day"], a => new DateOnly(Integer(a[0]), Integer(a[1]), Integer(a[2])));
        table.Add("time", ["from"], a => a[0] switch
        {
            string s => Temporals.ParseTime(s),
            TimeOnly t => t,
            DateTime d => TimeOnly.FromDateTime(d),
            DateTimeOffset d => TimeOnly.FromDateTime(d.DateTime),
            DateOnly => TimeOnly.MinValue,
            var other => throw Mismatch("string or temporal", other),
        });
        table.Add("time", ["hour", "minute", "second", "offset"], Time, required: 3);
        table.Add("date and time", ["from"], a => a[0] switch
        {
            string s => Temporals.ParseDateTime(s),
            DateTime or DateTimeOffset => a[0],
            var other => throw Mismatch("string", other),
        });
        table.Add("date and time", ["date", "time"], a => Date(a[0]).ToDateTime(a[1] switch
        {
            TimeOnly t => t,
            var other => throw Mismatch("time", other),
        }));
        table.Add("duration", ["from"], a => Temporals.ParseDuration(Text(a[0])));
        table.Add("years and months duration", ["from", "to"], a => MonthsBetween(a[0], a[1]));
        table.Add("now", [], _ => clock.Now());
        table.Add("today", [], _ => clock.Today());
        table.Add("day of week", ["date"], a => Date(a[0]).DayOfWeek.ToString());
        table.Add("day of year", ["date"], a => (decimal)Date(a[0]).DayOfYear);
        table.Add("week of year", ["date"], a => (decimal)ISOWeek.GetWeekOfYear(Date(a[0]).ToDateTime(TimeOnly.MinValue)));
        table.Add("month of year", ["date"],
            a => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(Date(a[0]).Month));
    }

    private static DateOnly? DateFromText(string text) =>
        Temporals.ParseDate(text) ?? (Temporals.ParseDateTime(text) is { } dateTime ? Date(dateTime) : null);

    private static object? Time(IReadOnlyList<object?> a)
    {
        var seconds = Number(a[2]);
        var whole = (int)decimal.Truncate(seconds);
        var ticks = (long)((seconds - whole) * TimeSpan.TicksPerSecond);
        return new TimeOnly(Integer(a[0]), Integer(a[1]), whole).Add(TimeSpan.FromTicks(ticks));
    }

    /// <summary>Whole months from one date (or date-time) to another; a partial month does not count.</summary>
    private static YearsMonthsDuration MonthsBetween(object? from, object? to)
    {
        var start = Date(from);
        var end = Date(to);
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        if (months > 0 && end.Day < start.Day) months--;
        else if (months < 0 && end.Day > start.Day) months++;
        return new YearsMonthsDuration(months);
    }
}
