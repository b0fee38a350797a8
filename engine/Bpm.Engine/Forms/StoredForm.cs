namespace Bpm.Engine.Forms;

/// <summary>A deployed form version with its parsed schema (immutable, so cached for good).</summary>
internal sealed record StoredForm(long Key, string FormId, int Version, string ResourceName, DateTimeOffset DeployedAt, string Text, FormSchema Schema);
