using System.Globalization;
using Bpm.Engine.Activities;
using Bpm.Engine.Time;

namespace Bpm.Activities.Enforcement;

/// <summary>Dates given to the enforcement activities: <c>YYYY-MM-DD</c>, or a date-time whose China date is taken (without an offset it is China time already).</summary>
public static class EnforcementDates
{
    /// <exception cref="ActivityInputException">The text is neither; the message names the activity and the input.</exception>
    public static DateOnly Parse(string activityType, string input, string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (trimmed.Contains('T') && DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            return parsed.Kind == DateTimeKind.Unspecified
                ? DateOnly.FromDateTime(parsed)
                : ChinaTime.DateOf(DateTimeOffset.Parse(trimmed, CultureInfo.InvariantCulture));
        throw InvalidInput.Of(activityType, input, $"must be a date (YYYY-MM-DD) or an ISO 8601 date-time (got '{text}')");
    }
}
