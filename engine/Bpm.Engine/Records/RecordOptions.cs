namespace Bpm.Engine.Records;

/// <summary><c>Bpm:Records</c>: how often chain heads are anchored and the key that signs anchors (docs/records.md).</summary>
public sealed class RecordOptions
{
    /// <summary>Whether this node runs the periodic anchor (any number of nodes may: anchors are serialised).</summary>
    public bool RunAnchor { get; set; } = true;
    public TimeSpan AnchorInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>HMAC-SHA256 key for anchor signatures (any text; keep it outside the database). Unset: anchors are unsigned.</summary>
    public string? AnchorKey { get; set; }
}
