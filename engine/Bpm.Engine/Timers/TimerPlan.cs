using System.Globalization;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;

namespace Bpm.Engine.Timers;

/// <summary>When a timer first falls due, and for a cycle its evaluated text and how often it fires.</summary>
internal sealed record TimerPlan(DateTimeOffset? DueAt, string? Cycle, int? Repetitions)
{
    /// <summary>Plans a timer from the value its timeDate / timeDuration / timeCycle evaluated to. Throws
    /// <see cref="FormatException"/> when the value is not a date, duration or cycle.</summary>
    public static TimerPlan From(TimerKind kind, object? value, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (kind == TimerKind.Cycle)
        {
            var text = value switch
            {
                string s => s.Trim(),
                TimeSpan span => "R/" + System.Xml.XmlConvert.ToString(span),
                _ => throw new FormatException($"定时周期 timeCycle 的结果为 {Describe(value)}，不是重复时间间隔或 cron 表达式"),
            };
            var cycle = TimerCycle.Parse(text, zone);
            return new TimerPlan(cycle.First(now), text, cycle.Repetitions);
        }
        return new TimerPlan(DueTime(kind, value, now, zone), null, null);
    }

    private static DateTimeOffset DueTime(TimerKind kind, object? value, DateTimeOffset now, TimeZoneInfo zone)
    {
        switch (value)
        {
            case DateTimeOffset at: return at;
            case DateTime local: return new DateTimeOffset(local, zone.GetUtcOffset(local));
            case DateOnly date:
                var midnight = date.ToDateTime(TimeOnly.MinValue);
                return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
            case TimeSpan span: return now + span;
            case YearsMonthsDuration months: return now.AddMonths(months.TotalMonths);
            case string text when kind == TimerKind.Duration: return IsoDuration.Parse(text).AddTo(now);
            case string text: return ParseDate(text, zone);
            default: throw new FormatException($"定时器的结果为 {Describe(value)}，不是日期时间或时长");
        }
    }

    /// <summary>An ISO 8601 date-time; without an offset it is local time of the engine's time zone.</summary>
    public static DateTimeOffset ParseDate(string text, TimeZoneInfo zone)
    {
        text = text.Trim();
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local))
            throw new FormatException($"「{text}」不是 ISO 8601 日期时间");
        return local.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(local, zone.GetUtcOffset(local))
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    private static string Describe(object? value) => value is null ? "null" : $"'{value}'";
}
