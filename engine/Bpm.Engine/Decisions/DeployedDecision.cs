namespace Bpm.Engine.Decisions;

/// <summary>A decision version in a deployment's result: new, or the unchanged latest one.</summary>
public sealed record DeployedDecision(string DecisionKey, string DecisionId, string Name, int Version, string DecisionRequirementsId,
    string ResourceName);
