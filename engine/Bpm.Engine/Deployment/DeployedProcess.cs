namespace Bpm.Engine.Deployment;

public sealed record DeployedProcess(string ProcessDefinitionKey, string BpmnProcessId, int Version, string? Name, string ResourceName);
