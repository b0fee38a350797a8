using System.Text.Json.Nodes;

namespace Bpm.Engine.Expressions;

/// <summary>Conversions between JSON variables and FEEL values. FEEL values are: null, bool, decimal, string, DateOnly (date),
/// TimeOnly (time), DateTime (local date-time, Kind Unspecified), DateTimeOffset (zoned date-time), TimeSpan (days-time
/// duration), <see cref="YearsMonthsDuration"/>, IReadOnlyList&lt;object?&gt; (list), IReadOnlyDictionary&lt;string, object?&gt;
/// (context, insertion ordered).</summary>
public static class FeelValues
{
    /// <summary>JSON to FEEL: numbers become decimal, strings stay strings (no date sniffing), arrays lists, objects contexts.</summary>
    public static object? FromJson(JsonNode? node) => throw new NotImplementedException();
    /// <summary>FEEL to JSON: dates/times/durations become ISO 8601 strings.</summary>
    public static JsonNode? ToJson(object? value) => throw new NotImplementedException();
    /// <summary>FEEL truthiness for conditions: only true is true (null and non-booleans are false).</summary>
    public static bool IsTrue(object? value) => value is true;
}
