using Bpm.Engine.Deployment;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>A deployment dry run's answer: the processes a deployment would hold, and, when a report was asked for, the
/// problems that would reject it (the same list a rejected deployment's problem details hold).</summary>
public sealed record DeploymentValidationResponse(bool Valid, IReadOnlyList<CheckedProcess> Processes, IReadOnlyList<DeploymentErrorResponse> Errors);
