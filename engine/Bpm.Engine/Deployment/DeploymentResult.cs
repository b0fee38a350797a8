namespace Bpm.Engine.Deployment;

public sealed record DeploymentResult(string DeploymentKey, IReadOnlyList<DeployedProcess> Processes);
