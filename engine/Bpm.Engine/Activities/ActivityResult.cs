using System.Text.Json.Nodes;

namespace Bpm.Engine.Activities;

/// <summary>What an activity produced: variables (its outputs and anything it set), journal messages, case documents and
/// changed deadlines.</summary>
public sealed record ActivityResult(IReadOnlyDictionary<string, JsonNode?> Variables, IReadOnlyList<string> Logs)
{
    public IReadOnlyList<GeneratedDocument> Documents { get; init; } = [];

    /// <summary>Names of deadlines the activity changed in the <c>deadlines</c> variable; their timers and task due dates follow.</summary>
    public IReadOnlyList<string> ChangedDeadlines { get; init; } = [];
}
