using Bpm.Engine.Parsing;

namespace Bpm.Engine.Deployment;

/// <summary>The deployment was refused; nothing was stored. Every problem found is listed.</summary>
public sealed class DeploymentRejectedException(IReadOnlyList<ValidationError> errors)
    : Exception($"部署未通过校验，共 {errors.Count} 个问题，第一个：{errors.FirstOrDefault()?.Message}")
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
