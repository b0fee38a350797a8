namespace Bpm.Server.Records.CaseFiles;

/// <summary>The latest anchor that sealed the case's chain, with all its leaves so its Merkle root and own hash can be
/// recomputed without the server, and the signature (HMAC-SHA256 with the anchor key) for whoever holds the key.</summary>
public sealed record CaseFileAnchor(DateTimeOffset AnchoredAt, long LeafCount, string MerkleRoot, string? PreviousHash, string Hash,
    string? Signature, IReadOnlyList<CaseFileAnchorLeaf> Leaves);
