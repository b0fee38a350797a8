namespace Bpm.Engine.Persistence.Entities;

public sealed class DeploymentEntity
{
    public long Key { get; set; }
    public DateTimeOffset DeployedAt { get; set; }
    /// <summary>Resource names in this deployment, comma separated.</summary>
    public string ResourceNames { get; set; } = "";
}
