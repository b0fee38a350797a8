namespace Bpm.Engine.Persistence.Entities;

public sealed class DeploymentEntity
{
    public long Key { get; set; }
    public DateTimeOffset DeployedAt { get; set; }
    /// <summary>Resource names in this deployment, comma separated.</summary>
    public string ResourceNames { get; set; } = "";
    /// <summary>Who deployed (the signed-in user); null for the workflows deployed at start-up.</summary>
    public string? DeployedBy { get; set; }
}
