namespace Bpm.Engine.Deployment;

/// <summary>One uploaded file: its name (e.g. <c>penalty.bpmn</c>) and its raw bytes.</summary>
public sealed record DeploymentResource(string Name, byte[] Content);
