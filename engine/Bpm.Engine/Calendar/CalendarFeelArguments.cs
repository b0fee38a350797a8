using Bpm.Engine.Expressions;
using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Calendar;

/// <summary>Turns FEEL arguments of the calendar functions into CLR values, with an evaluation error that says which
/// argument of which function is wrong.</summary>
internal static class CalendarFeelArguments
{
    /// <summary>A DateOnly (date), DateTime (local date-time) or DateTimeOffset (zoned date-time). An ISO 8601 string
    /// ("2025-09-26", "2025-09-26T09:00:00+08:00") is read as the value it spells, since variables often arrive as JSON text.</summary>
    public static object Temporal(IReadOnlyList<object?> args, int index, string function, string parameter)
    {
        var value = At(args, index);
        switch (value)
        {
            case DateOnly or DateTimeOffset:
                return value;
            case DateTime dateTime:
                return dateTime.Kind == DateTimeKind.Unspecified ? dateTime : (object)new DateTimeOffset(dateTime);
            case string text:
                var parsed = Temporals.ParseDate(text) as object ?? (text.Contains('T') ? Temporals.ParseDateTime(text) : null);
                return parsed ?? throw Error(function, parameter, $"'{text}' is not an ISO date (yyyy-MM-dd) or date-time");
            case null:
                throw Error(function, parameter, "is null; a date or date-time is required");
            default:
                throw Error(function, parameter, $"is a {Describe(value)}; a date or date-time is required");
        }
    }

    /// <summary>A whole number of days.</summary>
    public static int Days(IReadOnlyList<object?> args, int index, string function, string parameter)
    {
        var value = At(args, index);
        decimal number = value switch
        {
            decimal d => d,
            int i => i,
            long l => l,
            null => throw Error(function, parameter, "is null; a whole number of days is required"),
            _ => throw Error(function, parameter, $"is a {Describe(value)}; a whole number of days is required"),
        };
        if (number != decimal.Truncate(number) || number < -100_000 || number > 100_000)
            throw Error(function, parameter, $"{number} is not a whole number of days between -100000 and 100000");
        return (int)number;
    }

    /// <summary>The optional organisation id (null or absent: the national calendar).</summary>
    public static string? Organisation(IReadOnlyList<object?> args, int index, string function) => At(args, index) switch
    {
        null => null,
        string text => text,
        var other => throw Error(function, "organisation", $"is a {Describe(other)}; an organisation id string is required"),
    };

    public static DateOnly DateOf(object temporal) => temporal switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateTimeOffset dateTime => DateOnly.FromDateTime(dateTime.DateTime),
        _ => throw new ArgumentOutOfRangeException(nameof(temporal)),
    };

    private static object? At(IReadOnlyList<object?> args, int index) => index < args.Count ? args[index] : null;

    private static string Describe(object value) => value switch
    {
        bool => "boolean",
        decimal or int or long => "number",
        TimeOnly => "time",
        TimeSpan or YearsMonthsDuration => "duration",
        System.Collections.IEnumerable => "list or context",
        _ => value.GetType().Name,
    };

    private static FeelEvaluationException Error(string function, string parameter, string problem) =>
        new($"{function}: argument '{parameter}' {problem}");
}
