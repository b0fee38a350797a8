namespace Bpm.Engine.Persistence.Entities;

/// <summary>What one committed step did to one instance: a JSON array of history entries, in order.
/// One row per step keeps a step at one insert; the history API flattens the rows in sequence order.</summary>
public sealed class JournalEntity : ICaseRecordRow
{
    public long Id { get; set; }
    public long ProcessInstanceKey { get; set; }
    /// <summary>1, 2, 3 ... per instance; unique together with the instance key.</summary>
    public long Sequence { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string Entries { get; set; } = "[]";
    /// <summary>Position in its hash chain (1, 2, 3 ...), the previous row's hash and this row's hash (docs/records.md).</summary>
    public long? ChainPosition { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}
