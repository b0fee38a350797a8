namespace Bpm.Engine.Persistence.Entities;

/// <summary>One version of one bpmn:process. The XML is stored exactly as deployed (BPMNDI included, byte for byte as UTF-8 text).</summary>
public sealed class ProcessDefinitionEntity
{
    public long Key { get; set; }
    public long DeploymentKey { get; set; }
    public string BpmnProcessId { get; set; } = "";
    public int Version { get; set; }
    public string? Name { get; set; }
    public string ResourceName { get; set; } = "";
    /// <summary>SHA-256 (hex) of the resource bytes; identical content deploys idempotently.</summary>
    public string Checksum { get; set; } = "";
    public string Xml { get; set; } = "";
    public DateTimeOffset DeployedAt { get; set; }
}
