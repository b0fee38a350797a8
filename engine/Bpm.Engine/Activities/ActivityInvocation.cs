using System.Text.Json.Nodes;

namespace Bpm.Engine.Activities;

/// <summary>What the runtime hands an activity: the variables visible at the element (input mappings applied) and the task headers.</summary>
public sealed record ActivityInvocation(
    long ProcessInstanceKey, string BpmnProcessId, string ElementId, long ElementInstanceKey, string? BusinessKey,
    IReadOnlyDictionary<string, JsonNode?> Variables, IReadOnlyDictionary<string, string> Headers, int RetriesLeft);
