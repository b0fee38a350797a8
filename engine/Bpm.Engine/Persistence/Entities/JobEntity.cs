namespace Bpm.Engine.Persistence.Entities;

/// <summary>Work for a service task / send task, run at least once by a job worker.</summary>
public sealed class JobEntity
{
    public long Key { get; set; }
    public long ProcessInstanceKey { get; set; }
    public long ElementInstanceKey { get; set; }
    public string ElementId { get; set; } = "";
    public string Type { get; set; } = "";
    public int Retries { get; set; }
    /// <summary>Stored as ACTIVATABLE (waiting for a worker) or FAILED (no retries left; an incident is open).</summary>
    public States.JobState State { get; set; } = States.JobState.Activatable;
    /// <summary>Not run before this time (retry backoff).</summary>
    public DateTimeOffset DueAt { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    /// <summary>Equals ProcessInstanceKey while the job is locked, null otherwise. A unique index on it makes the
    /// database refuse a second running job of the same instance.</summary>
    public long? LockedInstanceKey { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
