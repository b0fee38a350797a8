namespace Bpm.Engine.Deployment;

/// <summary>An executable process found by a deployment dry run.</summary>
public sealed record CheckedProcess(string BpmnProcessId, string? Name, string ResourceName);
