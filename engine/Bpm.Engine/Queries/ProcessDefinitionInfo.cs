namespace Bpm.Engine.Queries;

public sealed record ProcessDefinitionInfo(string ProcessDefinitionKey, string BpmnProcessId, int Version, string? Name,
    string ResourceName, string DeploymentKey, DateTimeOffset DeployedAt);
