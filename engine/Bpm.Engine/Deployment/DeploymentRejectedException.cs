using Bpm.Engine.Parsing;

namespace Bpm.Engine.Deployment;

/// <summary>The deployment was refused; nothing was stored. Every problem found is listed.</summary>
public sealed class DeploymentRejectedException(IReadOnlyList<ValidationError> errors)
    : Exception($"The deployment is invalid: {errors.Count} problem(s). First: {errors.FirstOrDefault()?.Message}")
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
