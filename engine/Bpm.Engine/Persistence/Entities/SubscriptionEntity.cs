namespace Bpm.Engine.Persistence.Entities;

/// <summary>A bookmark: a wait state keyed by what can resume it (a message name + correlation key, or a timer's due time).</summary>
public sealed class SubscriptionEntity
{
    public long Key { get; set; }
    public long ProcessInstanceKey { get; set; }
    public long ElementInstanceKey { get; set; }
    /// <summary>The element that will be triggered (the catch event, receive task or boundary event).</summary>
    public string ElementId { get; set; } = "";
    /// <summary>MESSAGE or TIMER.</summary>
    public string Kind { get; set; } = "";
    /// <summary>Message name (MESSAGE).</summary>
    public string? Name { get; set; }
    public string? CorrelationKey { get; set; }
    /// <summary>Timer due time (TIMER), when it could be computed.</summary>
    public DateTimeOffset? DueAt { get; set; }
    /// <summary>Timer expression text as modelled (TIMER).</summary>
    public string? TimerText { get; set; }
    public bool Interrupting { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
