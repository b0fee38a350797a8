namespace Bpm.Engine.Persistence.Entities;

public sealed class IncidentEntity
{
    public long Key { get; set; }
    public long ProcessInstanceKey { get; set; }
    public long ElementInstanceKey { get; set; }
    public string ElementId { get; set; } = "";
    /// <summary>e.g. JOB_NO_RETRIES, EXTRACT_VALUE_ERROR, CONDITION_ERROR, IO_MAPPING_ERROR, UNHANDLED_ERROR_EVENT, CALLED_ELEMENT_ERROR.</summary>
    public string ErrorType { get; set; } = "";
    public string ErrorMessage { get; set; } = "";
    /// <summary>Stored as ACTIVE or RESOLVED.</summary>
    public States.IncidentState State { get; set; } = States.IncidentState.Active;
    public long? JobKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
