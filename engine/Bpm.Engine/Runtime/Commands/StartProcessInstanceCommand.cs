using System.Text.Json.Nodes;

namespace Bpm.Engine.Runtime.Commands;

public sealed record StartProcessInstanceCommand(string BpmnProcessId, int? Version = null, string? BusinessKey = null, JsonObject? Variables = null);
