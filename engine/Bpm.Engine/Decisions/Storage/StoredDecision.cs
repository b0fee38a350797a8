using Bpm.Engine.Decisions.Model;

namespace Bpm.Engine.Decisions.Storage;

/// <summary>A deployed decision version with its parsed requirements graph.</summary>
public sealed record StoredDecision(long Key, string DecisionId, string Name, int Version, string DecisionRequirementsId,
    string ResourceName, DateTimeOffset DeployedAt, DecisionGraph Graph);
