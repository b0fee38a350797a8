using Bpm.Engine.Parsing;

namespace Bpm.Server.Problems;

/// <summary>One problem of a rejected deployment, as listed in the problem's <c>errors</c>.</summary>
public sealed record DeploymentErrorResponse(string? ElementId, string Message, int? Line, string? ResourceName, string? ElementType)
{
    public static DeploymentErrorResponse From(ValidationError error) =>
        new(error.ElementId, error.Message, error.Line, error.ResourceName, error.ElementType);
}
