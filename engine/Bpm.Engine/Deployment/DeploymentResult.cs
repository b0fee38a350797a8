namespace Bpm.Engine.Deployment;

public sealed record DeploymentResult(string DeploymentKey, IReadOnlyList<DeployedProcess> Processes)
{
    public IReadOnlyList<Forms.DeployedForm> Forms { get; init; } = [];
    public IReadOnlyList<Decisions.DeployedDecision> Decisions { get; init; } = [];
}
