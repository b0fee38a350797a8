using System.Globalization;
using System.Text.RegularExpressions;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Checks literal (non-FEEL) timer texts: ISO 8601 dates, durations and repeating intervals, or cron for cycles.</summary>
internal static partial class TimerText
{
    [GeneratedRegex(@"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^R\d*$")]
    private static partial Regex RepeatPattern();

    public static bool IsValid(TimerKind kind, string text) => kind switch
    {
        TimerKind.Date => IsDate(text),
        TimerKind.Duration => IsDuration(text),
        _ => IsCycle(text),
    };

    public static bool IsDuration(string text) => DurationPattern().IsMatch(text);

    public static bool IsDate(string text) =>
        text.Contains('T') && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    /// <summary>R[n]/[start/]duration, R[n]/duration/end, or a cron expression of 5 to 7 fields.</summary>
    public static bool IsCycle(string text)
    {
        var parts = text.Split('/');
        if (parts.Length is 2 or 3 && RepeatPattern().IsMatch(parts[0]))
        {
            return parts.Length == 2
                ? IsDuration(parts[1])
                : (IsDate(parts[1]) && IsDuration(parts[2])) || (IsDuration(parts[1]) && IsDate(parts[2]));
        }
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length is >= 5 and <= 7;
    }
}
