using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Expressions.Builtins;

/// <summary>Argument conversions for built-ins. A mismatch throws InvalidCastException, which the call turns into null.</summary>
internal static class Arguments
{
    public static decimal Number(object? value) => value is decimal d ? d : throw Mismatch("number", value);

    public static int Integer(object? value)
    {
        var number = Number(value);
        return number == decimal.Truncate(number) ? (int)number : throw Mismatch("integer", value);
    }

    public static string Text(object? value) => value is string s ? s : throw Mismatch("string", value);

    public static bool Boolean(object? value) => value is bool b ? b : throw Mismatch("boolean", value);

    public static IReadOnlyList<object?> List(object? value) =>
        value is IReadOnlyList<object?> list ? list.Select(FeelValues.Normalize).ToArray() : throw Mismatch("list", value);

    public static IReadOnlyDictionary<string, object?> Context(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw Mismatch("context", value);

    public static FeelFunction Function(object? value) => value as FeelFunction ?? throw Mismatch("function", value);

    /// <summary>Accepts a date or the date part of a date-time.</summary>
    public static DateOnly Date(object? value) => value switch
    {
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        DateTimeOffset d => DateOnly.FromDateTime(d.DateTime),
        _ => throw Mismatch("date", value),
    };

    /// <summary>min(1, 2) and min([1, 2]) mean the same.</summary>
    public static IReadOnlyList<object?> ListOrVarargs(IReadOnlyList<object?> arguments) =>
        arguments is [IReadOnlyList<object?> list] ? List(list) : arguments;

    public static InvalidCastException Mismatch(string expected, object? actual) =>
        new($"expected {expected} but found {FeelFormatter.ToText(actual)}");
}
