namespace Bpm.Engine.Persistence.Entities;

/// <summary>A buffered message was correlated to an instance of a process. Unique per (message, process): a message
/// correlates at most once per process, whichever node tries.</summary>
public sealed class MessageCorrelationEntity
{
    public long Key { get; set; }
    public long MessageKey { get; set; }
    public string BpmnProcessId { get; set; } = "";
    public long ProcessInstanceKey { get; set; }
    public DateTimeOffset CorrelatedAt { get; set; }
}
