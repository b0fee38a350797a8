using System.Text.Json.Nodes;

namespace Bpm.Engine.Forms;

/// <summary>One deployed form version with its schema as deployed.</summary>
public sealed record FormInfo(string FormKey, string FormId, int Version, string ResourceName, DateTimeOffset DeployedAt, JsonNode? Schema);
