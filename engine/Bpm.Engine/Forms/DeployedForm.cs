namespace Bpm.Engine.Forms;

/// <summary>A form version in a deployment's result: new, or the unchanged latest one.</summary>
public sealed record DeployedForm(string FormKey, string FormId, int Version, string ResourceName);
