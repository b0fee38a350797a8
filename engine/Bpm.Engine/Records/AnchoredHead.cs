namespace Bpm.Engine.Records;

/// <summary>A chain's head as the latest anchor sealed it.</summary>
public sealed record AnchoredHead(long Entries, string HeadHash, DateTimeOffset AnchoredAt);
