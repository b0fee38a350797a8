namespace Bpm.Engine.Persistence.Entities;

/// <summary>One change to people or organisations: who made it, when, what, and the record before and after (JSON).
/// Rows are only ever inserted, in the same transaction as the change.</summary>
public sealed class AuditEntity
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    /// <summary>e.g. user.created, certificate.status-changed.</summary>
    public string Action { get; set; } = "";
    /// <summary>user or org-unit.</summary>
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}
