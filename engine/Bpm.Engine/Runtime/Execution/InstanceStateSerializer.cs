using System.Text.Json;
using System.Text.Json.Serialization;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal static class InstanceStateSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, Options);

    public static InstanceState Deserialize(string json) =>
        string.IsNullOrEmpty(json) ? new InstanceState() : JsonSerializer.Deserialize<InstanceState>(json, Options) ?? new InstanceState();
}
