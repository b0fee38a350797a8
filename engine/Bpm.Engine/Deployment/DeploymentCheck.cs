using Bpm.Engine.Parsing;

namespace Bpm.Engine.Deployment;

/// <summary>What a dry run of a deployment found: the problems it would be rejected with (none when it would deploy)
/// and the executable processes it holds.</summary>
public sealed record DeploymentCheck(IReadOnlyList<ValidationError> Errors, IReadOnlyList<CheckedProcess> Processes);
