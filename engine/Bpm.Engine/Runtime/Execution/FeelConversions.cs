using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Turns evaluated FEEL values into what an element needs (text, whole numbers, instants, string lists); a value
/// of the wrong kind is an incident.</summary>
internal static class FeelConversions
{
    public static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => FeelValues.ToJson(value)?.ToJsonString(),
    };

    public static int ToInt(object? value, int fallback) => value switch
    {
        null => fallback,
        decimal d => (int)d,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new IncidentException(IncidentTypes.ExtractValue, $"应为整数，实际为 {Describe(value)}"),
    };

    /// <summary>A date-time; a local date or date-time is read in <paramref name="zone"/>.</summary>
    public static DateTimeOffset? ToDateTime(object? value, string what, TimeZoneInfo zone) => value switch
    {
        null => null,
        DateTimeOffset at => at,
        DateTime local => new DateTimeOffset(local, zone.GetUtcOffset(local)),
        DateOnly date => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue))),
        string text when ParseText(text, zone) is { } parsed => parsed,
        _ => throw new IncidentException(IncidentTypes.ExtractValue, $"{what}须为日期时间，实际为 {Describe(value)}"),
    };

    /// <summary>A date-time text with its offset, or without one in <paramref name="zone"/> (never the machine's zone).</summary>
    private static DateTimeOffset? ParseText(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local)) return null;
        if (local.Kind == DateTimeKind.Unspecified) return new DateTimeOffset(local, zone.GetUtcOffset(local));
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
    }

    /// <summary>A list of strings or a comma-separated string, as the JSON array text the task columns hold.</summary>
    public static string ToStringListJson(object? value, string what)
    {
        IEnumerable<string> items = value switch
        {
            null => [],
            string s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            IReadOnlyList<object?> list => list.Select(AsText).OfType<string>(),
            _ => throw new IncidentException(IncidentTypes.ExtractValue, $"{what}须为字符串列表或以逗号分隔的字符串"),
        };
        return new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()).ToJsonString();
    }

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"字符串 \"{s}\"",
        _ => $"{value.GetType().Name} 类型的值",
    };
}
