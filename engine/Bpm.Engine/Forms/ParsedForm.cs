using Bpm.Engine.Deployment;

namespace Bpm.Engine.Forms;

/// <summary>A valid form resource of a deployment, before it is versioned.</summary>
internal sealed record ParsedForm(DeploymentResource Resource, FormSchema Schema, string Checksum);
