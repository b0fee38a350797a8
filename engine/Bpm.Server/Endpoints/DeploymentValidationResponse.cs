using Bpm.Engine.Deployment;

namespace Bpm.Server.Endpoints;

/// <summary>A deployment dry run that found no problem: the processes a deployment would hold.</summary>
public sealed record DeploymentValidationResponse(bool Valid, IReadOnlyList<CheckedProcess> Processes);
