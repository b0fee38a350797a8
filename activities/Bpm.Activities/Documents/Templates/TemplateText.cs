using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bpm.Activities.Documents.Formatting;

namespace Bpm.Activities.Documents.Templates;

/// <summary>Fills placeholders from case data: <c>{party.name}</c>, alternatives <c>{party.creditCode,party.idNumber}</c> (the
/// first with a value), and a format after a bar: <c>|date</c> (二〇二六年十一月二十二日), <c>|date-digits</c> (2026年11月22日),
/// <c>|datetime</c> (Beijing time: 2026年11月22日 09:30; a plain date as date-digits), <c>|money</c> (15000 or 23456.78), <c>|officers</c> (names with certificate numbers), <c>|list</c> (items joined by 、).
/// A placeholder without a value prints as a blank line to fill in by hand and is reported as missing.</summary>
public static partial class TemplateText
{
    public const string Blank = "＿＿＿＿＿＿";

    [GeneratedRegex(@"\{([A-Za-z0-9_.,\[\]]+)(?:\|([a-z-]+))?\}")]
    private static partial Regex Placeholder();

    public static string Fill(string text, JsonObject data, ISet<string> missing) =>
        Placeholder().Replace(text, match =>
        {
            var paths = match.Groups[1].Value.Split(',');
            var value = paths.Select(p => Resolve(data, p)).FirstOrDefault(HasValue);
            var formatted = value is null ? null : Format(value, match.Groups[2].Success ? match.Groups[2].Value : null);
            if (!string.IsNullOrEmpty(formatted)) return formatted;
            missing.Add(paths[0]);
            return Blank;
        });

    /// <summary>The value at a dotted path with optional indexes (<c>officers[0].name</c>); null when absent.</summary>
    public static JsonNode? Resolve(JsonObject data, string path)
    {
        JsonNode? current = data;
        foreach (var segment in path.Split('.'))
        {
            var name = segment;
            int? index = null;
            var bracket = segment.IndexOf('[');
            if (bracket >= 0 && segment.EndsWith(']') && int.TryParse(segment[(bracket + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var i))
            {
                name = segment[..bracket];
                index = i;
            }
            current = current is JsonObject o && o.TryGetPropertyValue(name, out var next) ? next : null;
            if (index is { } at) current = current is JsonArray a && at < a.Count ? a[at] : null;
            if (current is null) return null;
        }
        return current;
    }

    public static bool HasValue(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject => true,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>().Trim().Length > 0,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => true,
        },
        _ => true,
    };

    private static string? Format(JsonNode value, string? format) => format switch
    {
        null => Plain(value),
        "date" => AsDate(value) is { } d ? ChineseDates.InChineseNumerals(d) : Plain(value),
        "date-digits" => AsDate(value) is { } d ? ChineseDates.InArabicNumerals(d) : Plain(value),
        "datetime" => AsInstant(value) is { } at ? ChineseDates.InArabicNumeralsWithTime(at)
            : AsDate(value) is { } day ? ChineseDates.InArabicNumerals(day) : Plain(value),
        "money" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? Money(v.GetValue<decimal>()) : Plain(value),
        "officers" => value is JsonArray officers ? string.Join("、", officers.Select(Officer).Where(o => o.Length > 0)) : Plain(value),
        "list" => value is JsonArray items ? string.Join("、", items.Select(i => i is null ? "" : Plain(i)).Where(i => i.Length > 0)) : Plain(value),
        _ => throw new FormatException($"unknown placeholder format '|{format}' (known: date, date-digits, datetime, money, officers, list)"),
    };

    private static string Plain(JsonNode value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Trim(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "是",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => Money(v.GetValue<decimal>()),
        JsonArray a => string.Join("、", a.Select(i => i is null ? "" : Plain(i)).Where(i => i.Length > 0)),
        _ => value.ToJsonString(),
    };

    private static string Money(decimal amount) =>
        amount == decimal.Truncate(amount) ? amount.ToString("0", CultureInfo.InvariantCulture) : amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static DateTimeOffset? AsInstant(JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? ChineseDates.ParseInstant(v.GetValue<string>()) : null;

    private static DateOnly? AsDate(JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? ChineseDates.Parse(v.GetValue<string>()) : null;

    /// <summary>An officer object {name, certificateNumber} as 张伟（执法证号：豫A0101234）; a plain string as it is.</summary>
    private static string Officer(JsonNode? officer) => officer switch
    {
        JsonObject o when o["name"] is JsonValue name && o["certificateNumber"] is JsonValue number
            => $"{Plain(name)}（执法证号：{Plain(number)}）",
        JsonObject o when o["name"] is JsonValue name => Plain(name),
        null => "",
        _ => Plain(officer),
    };
}
