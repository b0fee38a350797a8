using System.Text;
using System.Text.Json.Nodes;

namespace Bpm.Engine.Limits;

/// <summary>Sizes of variables as stored: UTF-8 bytes of their JSON.</summary>
public static class VariableSize
{
    public static long Of(JsonNode? value) => value is null ? 4 : Encoding.UTF8.GetByteCount(value.ToJsonString());

    /// <summary>One <c>"name":value,</c> entry of a variables object.</summary>
    public static long OfEntry(string name, JsonNode? value) => Encoding.UTF8.GetByteCount(name) + 4 + Of(value);

    /// <summary>Refuses variables a command brings that are alone past the limit, before any step runs.</summary>
    public static void CheckIncoming(SizeLimits limits, JsonObject? variables, string field = "variables")
    {
        if (variables is null || limits.MaxVariablesBytes <= 0) return;
        var size = Of(variables);
        if (size > limits.MaxVariablesBytes) throw SizeLimitExceededException.Variables(limits.MaxVariablesBytes, size, field);
    }
}
