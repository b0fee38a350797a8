namespace Bpm.Engine.Decisions;

/// <summary>A deployed decision version as listed by the API (keys as strings: JavaScript cannot hold 64-bit integers).
/// <see cref="DeployedBy"/> is the user who deployed it, null for the library deployed at start-up.</summary>
public sealed record DecisionDefinitionInfo(string Key, string DecisionId, string Name, int Version, string DecisionRequirementsId,
    string ResourceName, string DeploymentKey, DateTimeOffset DeployedAt, string? DeployedBy);
