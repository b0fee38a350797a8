using Bpm.Engine.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Deployment;

/// <summary>A check a host adds to every deployment and validation (beside the engine's own): each executable process
/// parsed from a resource is passed in; every problem returned rejects the deployment.</summary>
public interface IDeploymentRule
{
    IEnumerable<ValidationError> Check(ProcessModel model, string resourceName);
}
