using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Problems;

namespace Bpm.Server.Identity.Requests;

/// <summary>Typed fields of the identity requests, each failure a 400 naming the field.</summary>
public static class JsonFields
{
    public const int MaxText = 200;

    public static string Text(JsonObject body, string field) => Limited(JsonBody.RequiredString(body, field).Trim(), field);

    public static string? OptionalText(JsonObject body, string field) =>
        JsonBody.OptionalString(body, field) is { } text ? Limited(text.Trim(), field) : null;

    public static string OneOf(string value, string field, string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new ApiBadRequestException($"「{value}」不是有效的 {field}，可选值：{string.Join("、", allowed)}。", field);

    public static IReadOnlyList<string>? OptionalList(JsonObject body, string field, string[]? allowed = null)
    {
        var node = body[field];
        if (node is null)
            return null;
        if (node is not JsonArray array)
            throw new ApiBadRequestException($"{field} 须为字符串列表。", field);
        var items = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonValue value || !value.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text))
                throw new ApiBadRequestException($"{field}[{i}] 须为非空字符串。", field);
            var item = Limited(text.Trim(), field);
            if (allowed is not null)
                OneOf(item, field, allowed);
            if (!items.Contains(item, StringComparer.Ordinal))
                items.Add(item);
        }
        return items;
    }

    public static DateOnly Date(JsonObject body, string field)
    {
        var text = JsonBody.OptionalString(body, field);
        if (string.IsNullOrEmpty(text))
            throw new ApiBadRequestException($"缺少日期 {field}（格式 YYYY-MM-DD）。", field);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ApiBadRequestException($"「{text}」不是有效日期：{field} 的格式须为 YYYY-MM-DD。", field);
    }

    public static double PositiveNumber(JsonObject body, string field, double max)
    {
        if (body[field] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !value.TryGetValue<double>(out var number))
            throw new ApiBadRequestException($"缺少 {field}，须为数字。", field);
        if (number <= 0 || number > max)
            throw new ApiBadRequestException($"{field} 须大于 0 且不超过 {max}。", field);
        return number;
    }

    public static bool? OptionalBool(JsonObject body, string field) => body[field] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        _ => throw new ApiBadRequestException($"{field} 须为 true 或 false。", field),
    };

    /// <summary>Identifiers (usernames, organisation ids, certificate numbers): letters, digits, '.', '_', '-'.</summary>
    public static string Identifier(string value, string field, int maxLength = 64)
    {
        if (value.Length > maxLength || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            throw new ApiBadRequestException(
                $"「{value}」不是有效的 {field}：最多 {maxLength} 个字母、数字、'.'、'_' 或 '-'。", field);
        return value;
    }

    private static string Limited(string text, string field)
    {
        if (text.Length == 0)
            throw new ApiBadRequestException($"{field} 不能为空。", field);
        if (text.Length > MaxText || text.Any(char.IsControl))
            throw new ApiBadRequestException($"{field} 最多 {MaxText} 个可打印字符。", field);
        return text;
    }
}
