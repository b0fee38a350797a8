using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bpm.Engine.Forms;

/// <summary>The checks on one non-empty submitted value, per component type. Each returns the problem, or null.</summary>
internal static partial class FormValueRules
{
    public static string? Check(FormField field, JsonNode value, IReadOnlyList<JsonNode?>? options) => field.Type switch
    {
        "textfield" or "textarea" => Text(field, value),
        "number" => Number(field, value),
        "checkbox" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : "须为 true 或 false",
        "checklist" or "taglist" => Several(value, options),
        "select" or "radio" => One(value, options),
        "datetime" => DateTime(field.Subtype ?? "date", value),
        _ => null,
    };

    private static string? Text(FormField field, JsonNode value)
    {
        if (value.GetValueKind() != JsonValueKind.String) return "须为文本";
        var text = value.GetValue<string>();
        if (field.Rules.MinLength is { } min && text.Length < min) return $"至少 {min} 个字符";
        if (field.Rules.MaxLength is { } max && text.Length > max) return $"最多 {max} 个字符";
        if (field.Rules.ValidationType == "email" && !Email().IsMatch(text)) return "须为电子邮箱地址";
        if (field.Rules.ValidationType == "phone" && !Phone().IsMatch(text)) return "须为电话号码";
        try
        {
            if (field.Rules.Pattern is { } pattern && !pattern.IsMatch(text)) return $"须符合格式 {pattern}";
        }
        catch (RegexMatchTimeoutException)
        {
            return $"未能在限定时间内按格式 {field.Rules.Pattern} 校验";
        }
        return null;
    }

    private static string? Number(FormField field, JsonNode value)
    {
        decimal number;
        var kind = value.GetValueKind();
        // A JsonValue built in code holds an int or double, not a JsonElement: read numbers from their JSON text.
        if (kind == JsonValueKind.Number && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) number = parsed;
        else if (kind == JsonValueKind.String && field.SerializeToString
            && decimal.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out parsed)) number = parsed;
        else return field.SerializeToString ? "须为数字（或数字字符串）" : "须为数字";
        if (field.Rules.Min is { } min && number < min) return $"不能小于 {min.ToString(CultureInfo.InvariantCulture)}";
        if (field.Rules.Max is { } max && number > max) return $"不能大于 {max.ToString(CultureInfo.InvariantCulture)}";
        if (field.DecimalDigits is { } digits && number.Scale > digits && decimal.Round(number, digits) != number)
            return $"最多 {digits} 位小数";
        return null;
    }

    private static string? One(JsonNode value, IReadOnlyList<JsonNode?>? options)
    {
        if (value.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array) return "须为单个值";
        return options is null || options.Any(o => JsonNode.DeepEquals(o, value)) ? null : $"须为以下之一：{Describe(options)}";
    }

    private static string? Several(JsonNode value, IReadOnlyList<JsonNode?>? options)
    {
        if (value is not JsonArray items) return "须为列表";
        if (options is null) return null;
        var wrong = items.Where(i => !options.Any(o => JsonNode.DeepEquals(o, i))).ToList();
        return wrong.Count == 0 ? null : $"不允许 {Describe(wrong)}：每个值须为以下之一：{Describe(options)}";
    }

    private static string? DateTime(string subtype, JsonNode value)
    {
        if (value.GetValueKind() != JsonValueKind.String) return $"须为 ISO 8601 {subtype} 字符串";
        var text = value.GetValue<string>();
        var valid = subtype switch
        {
            "time" => IsTime(text),
            "datetime" => text.IndexOf('T') is var t and > 0 && IsDate(text[..t]) && IsTime(text[(t + 1)..]),
            _ => IsDate(text),
        };
        return valid ? null : subtype switch
        {
            "time" => "须为 ISO 8601 时间（HH:mm，可带秒和时区）",
            "datetime" => "须为 ISO 8601 日期时间（yyyy-MM-ddTHH:mm，可带秒和时区）",
            _ => "须为 ISO 8601 日期（yyyy-MM-dd）",
        };
    }

    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsTime(string text)
    {
        var match = Time().Match(text);
        return match.Success && int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) < 24
            && int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) < 60
            && (!match.Groups["s"].Success || int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) < 60);
    }

    private static string Describe(IEnumerable<JsonNode?> values) => string.Join("、", values.Select(v => v?.ToJsonString() ?? "null"));

    [GeneratedRegex(@"^(?<h>\d{2}):(?<m>\d{2})(:(?<s>\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    // form-js's own email rule.
    [GeneratedRegex(@"^[\w\-\.]+@([\w\-]+\.)+[\w\-]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Looser than form-js's international-only rule: mainland numbers are usually written without +86.
    [GeneratedRegex(@"^(\+|00)?\d[\d \-]{4,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
