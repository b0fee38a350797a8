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
                return parsed ?? throw Error(function, parameter, $"「{text}」不是 ISO 日期（yyyy-MM-dd）或日期时间");
            case null:
                throw Error(function, parameter, "为空，须为日期或日期时间");
            default:
                throw Error(function, parameter, $"是{Describe(value)}，须为日期或日期时间");
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
            null => throw Error(function, parameter, "为空，须为整数天数"),
            _ => throw Error(function, parameter, $"是{Describe(value)}，须为整数天数"),
        };
        if (number != decimal.Truncate(number) || number < -100_000 || number > 100_000)
            throw Error(function, parameter, $"{number} 不是 -100000 到 100000 之间的整数天数");
        return (int)number;
    }

    /// <summary>The optional organisation id (null or absent: the national calendar).</summary>
    public static string? Organisation(IReadOnlyList<object?> args, int index, string function) => At(args, index) switch
    {
        null => null,
        string text => text,
        var other => throw Error(function, "organisation", $"是{Describe(other)}，须为机构编号字符串"),
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
        bool => "布尔值（boolean）",
        decimal or int or long => "数字",
        TimeOnly => "时间",
        TimeSpan or YearsMonthsDuration => "时长",
        System.Collections.IEnumerable => "列表或上下文",
        _ => value.GetType().Name,
    };

    private static FeelEvaluationException Error(string function, string parameter, string problem) =>
        new($"{function}：参数 '{parameter}' {problem}");
}
