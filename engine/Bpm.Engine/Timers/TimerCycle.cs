using System.Globalization;
using Quartz;

namespace Bpm.Engine.Timers;

/// <summary>A timeCycle: an ISO 8601 repeating interval (R[n]/duration, R[n]/start/duration, R[n]/duration/end) or a cron
/// expression (Quartz syntax, 6 or 7 fields; 5-field Unix cron gets a seconds field of 0), in the engine's time zone.</summary>
internal sealed class TimerCycle
{
    // Missed occurrences of a cycle are skipped one by one; past this many the next one is simply counted from now.
    private const int MaxSkippedOccurrences = 100_000;

    private TimerCycle(int? repetitions, DateTimeOffset? start, IsoDuration? interval, DateTimeOffset? end, CronExpression? cron)
    {
        Repetitions = repetitions;
        Start = start;
        Interval = interval;
        End = end;
        Cron = cron;
    }

    /// <summary>How many times the cycle fires; null: unbounded.</summary>
    public int? Repetitions { get; }
    public DateTimeOffset? Start { get; }
    public IsoDuration? Interval { get; }
    public DateTimeOffset? End { get; }
    public CronExpression? Cron { get; }

    /// <summary>Throws <see cref="FormatException"/> when the text is neither a repeating interval nor a valid cron expression.</summary>
    public static TimerCycle Parse(string text, TimeZoneInfo zone)
    {
        text = text.Trim();
        var parts = text.Split('/');
        if (parts.Length is 2 or 3 && parts[0].Length > 0 && parts[0][0] == 'R' && parts[0][1..].All(char.IsAsciiDigit))
        {
            int? repetitions = parts[0].Length == 1 ? null : int.Parse(parts[0][1..], CultureInfo.InvariantCulture);
            if (parts.Length == 2) return Repeating(repetitions, null, IsoDuration.Parse(parts[1]), null);
            if (parts[1].StartsWith('P')) return Repeating(repetitions, null, IsoDuration.Parse(parts[1]), TimerPlan.ParseDate(parts[2], zone));
            return Repeating(repetitions, TimerPlan.ParseDate(parts[1], zone), IsoDuration.Parse(parts[2]), null);
        }
        return new TimerCycle(null, null, null, null, ParseCron(text, zone));
    }

    private static TimerCycle Repeating(int? repetitions, DateTimeOffset? start, IsoDuration interval, DateTimeOffset? end)
    {
        if (interval.IsZero) throw new FormatException("定时周期的间隔不能为零");
        return new TimerCycle(repetitions, start, interval, end, null);
    }

    private static CronExpression ParseCron(string text, TimeZoneInfo zone)
    {
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 5) fields = ["0", .. fields];
        if (fields.Length is < 6 or > 7) throw new FormatException($"「{text}」既不是 ISO 8601 重复时间间隔，也不是 cron 表达式");
        // Quartz wants '?' in one of day-of-month / day-of-week; Spring and Unix cron write '*' there.
        if (fields[3] != "?" && fields[5] != "?")
        {
            if (fields[5] == "*") fields[5] = "?";
            else if (fields[3] == "*") fields[3] = "?";
        }
        try
        {
            return new CronExpression(string.Join(" ", fields), zone);
        }
        catch (Exception ex) when (ex is not FormatException)
        {
            throw new FormatException($"「{text}」不是有效的 cron 表达式：{ex.Message}", ex);
        }
    }

    /// <summary>The first occurrence for a cycle armed at <paramref name="now"/>; null if it never fires.</summary>
    public DateTimeOffset? First(DateTimeOffset now)
    {
        if (Repetitions == 0) return null;
        if (Cron is not null) return Cron.GetNextValidTimeAfter(now);
        var first = Start ?? Interval!.AddTo(now);
        return End is { } end && first > end ? null : first;
    }

    /// <summary>The occurrence after <paramref name="previous"/>, skipping those already past at <paramref name="now"/> (a
    /// misfire fires once, not once per missed occurrence); null when the cycle has ended.</summary>
    public DateTimeOffset? Next(DateTimeOffset previous, DateTimeOffset now)
    {
        DateTimeOffset? next;
        if (Cron is not null)
        {
            next = Cron.GetNextValidTimeAfter(previous > now ? previous : now);
        }
        else
        {
            var at = Interval!.AddTo(previous);
            for (var skipped = 0; at <= now; skipped++)
                at = skipped < MaxSkippedOccurrences ? Interval.AddTo(at) : Interval.AddTo(now);
            next = at;
        }
        return End is { } end && next > end ? null : next;
    }
}
