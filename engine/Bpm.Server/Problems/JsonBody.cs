using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bpm.Server.Problems;

/// <summary>Reads a request body as a JSON object and its fields, with a 400 naming the field for anything malformed.</summary>
public static class JsonBody
{
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, bool optional, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0 || buffer.ToArray().All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            if (optional)
                return [];
            throw new ApiBadRequestException("请求体为空，须为 JSON 对象", "body");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(buffer.ToArray());
        }
        catch (JsonException e)
        {
            throw new ApiBadRequestException($"请求体不是有效的 JSON（第 {e.LineNumber + 1} 行附近）", "body");
        }
        return node as JsonObject ?? throw new ApiBadRequestException("请求体须为 JSON 对象", "body");
    }

    public static string RequiredString(JsonObject body, string field) =>
        OptionalString(body, field) is { Length: > 0 } value
            ? value
            : throw new ApiBadRequestException($"缺少必填字段 {field}", field);

    public static string? OptionalString(JsonObject body, string field)
    {
        var node = body[field];
        if (node is null)
            return null;
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
            return text;
        throw new ApiBadRequestException($"字段 {field} 须为字符串", field);
    }

    public static int? OptionalInt(JsonObject body, string field)
    {
        var node = body[field];
        if (node is null)
            return null;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number))
            return number;
        throw new ApiBadRequestException($"字段 {field} 须为整数", field);
    }

    /// <summary>A detached copy of the object at <paramref name="field"/>, or null when absent.</summary>
    public static JsonObject? OptionalObject(JsonObject body, string field)
    {
        var node = body[field];
        if (node is null)
            return null;
        if (node is JsonObject obj)
            return obj.DeepClone().AsObject();
        throw new ApiBadRequestException($"字段 {field} 须为 JSON 对象", field);
    }
}
