namespace Bpm.Engine.Persistence.Entities;

public sealed class ProcessInstanceEntity
{
    public long Key { get; set; }
    public long ProcessDefinitionKey { get; set; }
    public string BpmnProcessId { get; set; } = "";
    public int Version { get; set; }
    public string? BusinessKey { get; set; }
    /// <summary>Stored as ACTIVE, COMPLETED or TERMINATED.</summary>
    public States.ProcessInstanceState State { get; set; } = States.ProcessInstanceState.Active;
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Optimistic concurrency: every committed step increments it; an update whose revision no longer matches fails.</summary>
    public long Revision { get; set; }
    /// <summary>The runtime state document (element instances, variables, join tokens) as JSON.</summary>
    public string StateData { get; set; } = "";
    /// <summary>Ids of elements with an active element instance, comma separated; derived from StateData for queries and statistics.</summary>
    public string ActiveElementIds { get; set; } = "";
    public bool HasIncident { get; set; }
    public long? ParentInstanceKey { get; set; }
    public long? ParentElementInstanceKey { get; set; }
    /// <summary>The correlation key of the message that started it through a message start event: at most one ACTIVE
    /// instance of a process per key (a unique index over the active instances).</summary>
    public string? StartCorrelationKey { get; set; }
    /// <summary>The organisation unit the case belongs to (docs/security.md): the unit it was opened in, the variable
    /// <c>organisationId</c> of a timer- or message-started instance, the root case's unit for a called instance. Fixed at start.</summary>
    public string? OrganisationId { get; set; }
    /// <summary>Who started it through the API (null for timer, message and called instances).</summary>
    public string? StartedBy { get; set; }
    /// <summary>The head of the instance's history hash chain: how many rows it has and the last row's hash (docs/records.md).</summary>
    public long HistoryEntries { get; set; }
    public string? HistoryHeadHash { get; set; }
    /// <summary>True from the step that moves the head until an anchor seals that head: the anchor reads only these
    /// instances (migration 0026).</summary>
    public bool HistoryAnchorPending { get; set; }
}
