namespace Bpm.Engine.Records;

/// <summary>The outcome of checking one chain: <see cref="FirstBrokenAt"/> is the 1-based position where it first fails
/// and <see cref="Reason"/> says how; <see cref="AnchoredAt"/> is when its head was last sealed by an anchor.</summary>
public sealed record ChainReport(bool Valid, long Entries, string? HeadHash, DateTimeOffset? AnchoredAt = null, long? FirstBrokenAt = null,
    string? Reason = null);
