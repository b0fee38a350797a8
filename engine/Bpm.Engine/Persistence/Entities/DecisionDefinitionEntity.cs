namespace Bpm.Engine.Persistence.Entities;

/// <summary>One version of one DMN decision. <see cref="Xml"/> is the whole DMN file as deployed (the decision's
/// requirements graph, <see cref="DecisionRequirementsId"/> being its definitions id).</summary>
public sealed class DecisionDefinitionEntity
{
    public long Key { get; set; }
    public long DeploymentKey { get; set; }
    public string DecisionId { get; set; } = "";
    public string Name { get; set; } = "";
    public int Version { get; set; }
    public string DecisionRequirementsId { get; set; } = "";
    public string ResourceName { get; set; } = "";
    /// <summary>SHA-256 (hex) of the resource bytes; identical content deploys idempotently.</summary>
    public string Checksum { get; set; } = "";
    public string Xml { get; set; } = "";
    public DateTimeOffset DeployedAt { get; set; }
    /// <summary>Who deployed this version (its deployment's actor); null for the library deployed at start-up.</summary>
    public string? DeployedBy { get; set; }
}
