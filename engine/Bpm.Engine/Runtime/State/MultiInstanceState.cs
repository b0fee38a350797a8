using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bpm.Engine.Runtime.State;

public sealed class MultiInstanceState
{
    [JsonPropertyName("c")] public JsonArray Collection { get; set; } = [];
    [JsonPropertyName("n")] public int NextIndex { get; set; }
    [JsonPropertyName("done")] public int Completed { get; set; }
    [JsonPropertyName("o")] public JsonArray? Outputs { get; set; }
}
