namespace Bpm.Engine.Persistence.Entities;

/// <summary>An engine node of the cluster and when it last said it is alive (engine clock).</summary>
public sealed class NodeEntity
{
    /// <summary>The node number in every key the node makes (0..1023); one live node per number.</summary>
    public int NodeNumber { get; set; }
    /// <summary>The name the node's job locks and timer claims carry (Bpm:Engine:NodeId).</summary>
    public string NodeId { get; set; } = "";
    public string Host { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastHeartbeat { get; set; }
}
