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
    /// <summary>The definition a timer start event belongs to (ProcessInstanceKey and ElementInstanceKey are 0 then).</summary>
    public long? ProcessDefinitionKey { get; set; }
    /// <summary>The evaluated timeCycle (ISO 8601 repeating interval or cron) of a repeating timer; null for one-shot timers.</summary>
    public string? TimerCycle { get; set; }
    /// <summary>Firings left of a cycle, this one included; null for an unbounded cycle (R/...) or a one-shot timer.</summary>
    public int? RepetitionsLeft { get; set; }
    /// <summary>The node whose due-timer sweep is firing this timer, until <see cref="ClaimedUntil"/> (engine clock).</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
}
