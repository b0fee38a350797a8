using Bpm.Engine.Deployment;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Enforcement.Evidence;

/// <summary>Refuses a deployment whose <c>evidence</c> header is misplaced, empty or names an unknown kind, with the element id.</summary>
public sealed class EvidenceHeaderRule : IDeploymentRule
{
    public IEnumerable<ValidationError> Check(ProcessModel model, string resourceName) => EvidenceHeader.Check(model, resourceName);
}
