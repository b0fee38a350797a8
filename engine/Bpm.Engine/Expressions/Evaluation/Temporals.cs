using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>Parsing, ISO 8601 formatting and property access for FEEL dates, times, date-times and durations.</summary>
internal static partial class Temporals
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm"];
    private static readonly string[] TimeFormats = ["HH:mm:ss.FFFFFFF", "HH:mm"];

    [GeneratedRegex(@"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex OffsetSuffix();

    /// <summary>An @"..." literal: a duration, date-time, time or date depending on its shape.</summary>
    public static object? ParseLiteral(string text)
    {
        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal)) return ParseDuration(text);
        if (text.Contains('T')) return ParseDateTime(text);
        if (text.Contains(':')) return ParseTime(text);
        return ParseDate(text);
    }

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>FEEL times may carry an offset or zone; the value model has no zoned time, so it is dropped.</summary>
    public static TimeOnly? ParseTime(string text)
    {
        var at = text.IndexOf('@');
        if (at >= 0) text = text[..at];
        var offset = OffsetSuffix().Match(text);
        if (offset.Success) text = text[..offset.Index];
        return TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
    }

    /// <summary>Local date-time (DateTime), or DateTimeOffset when an offset, "Z" or "@Zone/Id" is present.
    /// A bare date gives midnight.</summary>
    public static object? ParseDateTime(string text)
    {
        string? zoneId = null;
        var at = text.IndexOf('@');
        if (at >= 0)
        {
            zoneId = text[(at + 1)..];
            text = text[..at];
        }
        if (!text.Contains('T'))
        {
            var date = ParseDate(text);
            if (date is null) return null;
            text += "T00:00:00";
        }

        var offsetMatch = OffsetSuffix().Match(text);
        if (offsetMatch.Success)
        {
            var local = ParseLocalDateTime(text[..offsetMatch.Index]);
            if (local is null) return null;
            var offset = offsetMatch.Value == "Z" ? TimeSpan.Zero : ParseOffset(offsetMatch.Value);
            return offset is null ? null : new DateTimeOffset(local.Value, offset.Value);
        }

        var localDateTime = ParseLocalDateTime(text);
        if (localDateTime is null || zoneId is null) return localDateTime;
        var zone = FindZone(zoneId);
        return zone is null ? null : new DateTimeOffset(localDateTime.Value, zone.GetUtcOffset(localDateTime.Value));
    }

    private static DateTime? ParseLocalDateTime(string text) =>
        DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified)
            : null;

    private static TimeSpan? ParseOffset(string text)
    {
        var sign = text[0] == '-' ? -1 : 1;
        if (!int.TryParse(text.AsSpan(1, 2), CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(4, 2), CultureInfo.InvariantCulture, out var minutes)) return null;
        return sign * new TimeSpan(hours, minutes, 0);
    }

    private static TimeZoneInfo? FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>TimeSpan for days-time durations, YearsMonthsDuration for years-months ones; mixing both is invalid.</summary>
    public static object? ParseDuration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success || text.EndsWith('T') || text is "P" or "-P") return null;
        var negative = match.Groups[1].Success;
        var hasYearsMonths = match.Groups[2].Success || match.Groups[3].Success;
        var hasDaysTime = Enumerable.Range(4, 5).Any(g => match.Groups[g].Success);
        if (hasYearsMonths == hasDaysTime) return null;
        try
        {
            if (hasYearsMonths)
            {
                var months = checked(Number(match, 2) * 12 + Number(match, 3));
                return new YearsMonthsDuration(negative ? -months : months);
            }
            var seconds = match.Groups[8].Success ? decimal.Parse(match.Groups[8].Value, CultureInfo.InvariantCulture) : 0m;
            var duration = TimeSpan.FromDays(Number(match, 4) * 7 + Number(match, 5))
                + TimeSpan.FromHours(Number(match, 6))
                + TimeSpan.FromMinutes(Number(match, 7))
                + TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
            return negative ? duration.Negate() : duration;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static int Number(Match match, int group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatTime(TimeOnly time) => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    public static string FormatDateTime(DateTime value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    public static string FormatDateTime(DateTimeOffset value)
    {
        var local = FormatDateTime(value.DateTime);
        return value.Offset == TimeSpan.Zero
            ? local + "Z"
            : local + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    public static string FormatDuration(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero) return "PT0S";
        var text = new StringBuilder();
        if (duration < TimeSpan.Zero)
        {
            text.Append('-');
            duration = duration.Duration();
        }
        text.Append('P');
        if (duration.Days > 0) text.Append(duration.Days).Append('D');
        var seconds = duration.Seconds + (decimal)(duration.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerSecond;
        if (duration.Hours > 0 || duration.Minutes > 0 || seconds > 0)
        {
            text.Append('T');
            if (duration.Hours > 0) text.Append(duration.Hours).Append('H');
            if (duration.Minutes > 0) text.Append(duration.Minutes).Append('M');
            if (seconds > 0) text.Append(FeelFormatter.FormatNumber(seconds)).Append('S');
        }
        return text.ToString();
    }

    public static string FormatDuration(YearsMonthsDuration duration)
    {
        var months = Math.Abs((long)duration.TotalMonths);
        var text = new StringBuilder(duration.TotalMonths < 0 ? "-P" : "P");
        if (months >= 12) text.Append(months / 12).Append('Y');
        if (months % 12 != 0 || months == 0) text.Append(months % 12).Append('M');
        return text.ToString();
    }

    /// <summary>Properties such as date.year or duration.hours; unknown properties are null.</summary>
    public static object? Property(object value, string name) => (value, name) switch
    {
        (DateOnly d, _) => DateProperty(d, name),
        (DateTime d, "hour") => (decimal)d.Hour,
        (DateTime d, "minute") => (decimal)d.Minute,
        (DateTime d, "second") => (decimal)d.Second,
        (DateTime d, _) => DateProperty(DateOnly.FromDateTime(d), name),
        (DateTimeOffset d, "hour") => (decimal)d.Hour,
        (DateTimeOffset d, "minute") => (decimal)d.Minute,
        (DateTimeOffset d, "second") => (decimal)d.Second,
        (DateTimeOffset d, "time offset") => d.Offset,
        (DateTimeOffset d, "timezone") => d.Offset == TimeSpan.Zero ? "Z" : d.ToString("zzz", CultureInfo.InvariantCulture),
        (DateTimeOffset d, _) => DateProperty(DateOnly.FromDateTime(d.DateTime), name),
        (TimeOnly t, "hour") => (decimal)t.Hour,
        (TimeOnly t, "minute") => (decimal)t.Minute,
        (TimeOnly t, "second") => (decimal)t.Second,
        (TimeSpan t, "days") => (decimal)t.Days,
        (TimeSpan t, "hours") => (decimal)t.Hours,
        (TimeSpan t, "minutes") => (decimal)t.Minutes,
        (TimeSpan t, "seconds") => (decimal)t.Seconds,
        (YearsMonthsDuration m, "years") => (decimal)(m.TotalMonths / 12),
        (YearsMonthsDuration m, "months") => (decimal)(m.TotalMonths % 12),
        (FeelRange r, "start") => r.Start,
        (FeelRange r, "end") => r.End,
        (FeelRange r, "start included") => r.StartIncluded,
        (FeelRange r, "end included") => r.EndIncluded,
        _ => null,
    };

    private static object? DateProperty(DateOnly date, string name) => name switch
    {
        "year" => (decimal)date.Year,
        "month" => (decimal)date.Month,
        "day" => (decimal)date.Day,
        "weekday" => (decimal)IsoWeekday(date),
        _ => null,
    };

    /// <summary>1 = Monday ... 7 = Sunday.</summary>
    public static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
}
