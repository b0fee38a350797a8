using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Bpm.Server.Identity.Changes;

/// <summary>How audit records store a record: camelCase JSON like the API, Chinese text kept readable.</summary>
public static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Options);
}
