using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Deployment;

namespace Bpm.Engine.Decisions;

/// <summary>A valid DMN resource of a deployment with its graph and the SHA-256 of its bytes.</summary>
internal sealed record ParsedDecisionFile(DeploymentResource Resource, DecisionGraph Graph, string Checksum);
