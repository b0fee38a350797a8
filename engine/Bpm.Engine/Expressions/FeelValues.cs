using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Expressions;

/// <summary>Conversions between JSON variables and FEEL values. FEEL values are: null, bool, decimal, string, DateOnly (date),
/// TimeOnly (time), DateTime (local date-time, Kind Unspecified), DateTimeOffset (zoned date-time), TimeSpan (days-time
/// duration), <see cref="YearsMonthsDuration"/>, IReadOnlyList&lt;object?&gt; (list), IReadOnlyDictionary&lt;string, object?&gt;
/// (context, insertion ordered).</summary>
public static class FeelValues
{
    /// <summary>JSON to FEEL: numbers become decimal, strings stay strings (no date sniffing), arrays lists, objects contexts.</summary>
    public static object? FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonArray array:
                return array.Select(FromJson).ToArray();
            case JsonObject obj:
                var context = new OrderedDictionary<string, object?>(obj.Count);
                foreach (var (key, value) in obj) context[key] = FromJson(value);
                return context;
        }
        return node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.Number => ToDecimal(node.ToJsonString()),
            _ => null,
        };
    }

    private static decimal ToDecimal(string json)
    {
        if (decimal.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)) return exact;
        // Beyond decimal's precision or range: go through double and give up only if even that does not fit.
        var approximate = double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (approximate is > (double)decimal.MinValue and < (double)decimal.MaxValue) return (decimal)approximate;
        throw new FeelEvaluationException($"数字 {json} 超出 FEEL 数值的范围");
    }

    /// <summary>FEEL to JSON: dates/times/durations become ISO 8601 strings.</summary>
    public static JsonNode? ToJson(object? value) => Normalize(value) switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        decimal d => JsonValue.Create(FeelFormatter.Normalize(d)),
        string s => JsonValue.Create(s),
        IReadOnlyList<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        IReadOnlyDictionary<string, object?> context => ToJsonObject(context),
        FeelFunction => null,
        var other => JsonValue.Create(FeelFormatter.ToText(other)),
    };

    private static JsonObject ToJsonObject(IReadOnlyDictionary<string, object?> context)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in context) obj[key] = ToJson(value);
        return obj;
    }

    /// <summary>FEEL truthiness for conditions: only true is true (null and non-booleans are false).</summary>
    public static bool IsTrue(object? value) => value is true;

    /// <summary>Brings CLR values that callers may hand in (int, double, JsonNode, UTC DateTime, ...) into the FEEL value
    /// model; FEEL values pass through unchanged.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null or decimal or string or bool => value,
        int i => (decimal)i,
        long l => (decimal)l,
        short s => (decimal)s,
        byte b => (decimal)b,
        uint u => (decimal)u,
        ulong u => (decimal)u,
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        double or float => null,
        DateTime { Kind: DateTimeKind.Unspecified } => value,
        DateTime d => new DateTimeOffset(d),
        JsonNode node => FromJson(node),
        JsonElement element => FromJson(JsonSerializer.SerializeToNode(element)),
        _ => value,
    };
}
