namespace Bpm.Engine.Persistence.Entities;

/// <summary>One change to people or organisations: who made it, when, what, and the record before and after (JSON).
/// Rows are only ever inserted, in the same transaction as the change.</summary>
public sealed class AuditEntity : IChainedRow
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
    /// <summary>Position in its hash chain (1, 2, 3 ...), the previous row's hash and this row's hash (docs/records.md).</summary>
    public long? ChainPosition { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}
