using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bpm.Engine.Runtime.State;

/// <summary>The runtime state document of one process instance, stored as JSON in process_instances.state_data.</summary>
public sealed class InstanceState
{
    /// <summary>Root scope variables (the process variables).</summary>
    [JsonPropertyName("variables")] public JsonObject Variables { get; set; } = [];
    [JsonPropertyName("elements")] public List<ElementInstance> Elements { get; set; } = [];
    /// <summary>Tokens waiting at converging gateways: scope key -> gateway id -> sequence flow id -> count.</summary>
    /// <summary>Bookmarks of the process scope itself (message/timer starts of its event sub-processes).</summary>
    [JsonPropertyName("rsub")] public List<long>? RootSubscriptionKeys { get; set; }
    [JsonPropertyName("joins")] public Dictionary<long, Dictionary<string, Dictionary<string, int>>>? Joins { get; set; }
}
