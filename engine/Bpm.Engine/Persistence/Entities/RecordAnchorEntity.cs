namespace Bpm.Engine.Persistence.Entities;

/// <summary>A seal over the chain heads changed since the previous anchor: their Merkle root, linked to the previous
/// anchor's hash and, when a key is configured, signed with HMAC-SHA256 (docs/records.md).</summary>
public sealed class RecordAnchorEntity
{
    public long Id { get; set; }
    public DateTimeOffset AnchoredAt { get; set; }
    public long LeafCount { get; set; }
    public string MerkleRoot { get; set; } = "";
    public string? PreviousHash { get; set; }
    public string Hash { get; set; } = "";
    public string? Signature { get; set; }
}
