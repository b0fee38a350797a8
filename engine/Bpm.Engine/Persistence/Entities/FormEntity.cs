namespace Bpm.Engine.Persistence.Entities;

/// <summary>One version of one form-js form, versioned by its <c>id</c> like processes by bpmnProcessId. The schema is
/// stored exactly as deployed.</summary>
public sealed class FormEntity
{
    public long Key { get; set; }
    public long DeploymentKey { get; set; }
    public string FormId { get; set; } = "";
    public int Version { get; set; }
    public string ResourceName { get; set; } = "";
    /// <summary>SHA-256 (hex) of the resource bytes; identical content deploys idempotently.</summary>
    public string Checksum { get; set; } = "";
    public string Schema { get; set; } = "";
    public DateTimeOffset DeployedAt { get; set; }
}
