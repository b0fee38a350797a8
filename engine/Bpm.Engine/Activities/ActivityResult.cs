using System.Text.Json.Nodes;

namespace Bpm.Engine.Activities;

/// <summary>What an activity produced: variables (its outputs and anything it set), journal messages and case documents.</summary>
public sealed record ActivityResult(IReadOnlyDictionary<string, JsonNode?> Variables, IReadOnlyList<string> Logs)
{
    public IReadOnlyList<GeneratedDocument> Documents { get; init; } = [];
}
