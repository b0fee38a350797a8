using System.Text.Json.Nodes;

namespace Bpm.Engine.Runtime.Commands;

/// <summary>Starts an instance. <see cref="StartedBy"/> is the person who opened the case through the API (recorded on the
/// instance and its history); null for the engine's own starts.</summary>
public sealed record StartProcessInstanceCommand(string BpmnProcessId, int? Version = null, string? BusinessKey = null, JsonObject? Variables = null,
    string? StartedBy = null);
