using System.Globalization;

namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>The text form of FEEL values, as produced by string(x).</summary>
internal static class FeelFormatter
{
    /// <summary>Drops trailing zeros: 2.50 becomes 2.5, 2.0 becomes 2.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    public static string FormatNumber(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    public static string ToText(object? value) => value switch
    {
        null => "null",
        string s => s,
        _ => Describe(value),
    };

    /// <summary>Like <see cref="ToText"/> but strings are quoted, as inside lists and contexts.</summary>
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        bool b => b ? "true" : "false",
        decimal d => FormatNumber(d),
        DateOnly d => Temporals.FormatDate(d),
        TimeOnly t => Temporals.FormatTime(t),
        DateTime d => Temporals.FormatDateTime(d),
        DateTimeOffset d => Temporals.FormatDateTime(d),
        TimeSpan t => Temporals.FormatDuration(t),
        YearsMonthsDuration m => Temporals.FormatDuration(m),
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(item => Describe(FeelValues.Normalize(item)))) + "]",
        IReadOnlyDictionary<string, object?> context =>
            "{" + string.Join(", ", context.Select(e => e.Key + ":" + Describe(FeelValues.Normalize(e.Value)))) + "}",
        FeelRange r => (r.StartIncluded ? "[" : "(") + Describe(r.Start) + ".." + Describe(r.End) + (r.EndIncluded ? "]" : ")"),
        FeelFunction f => "function " + f.Name,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
