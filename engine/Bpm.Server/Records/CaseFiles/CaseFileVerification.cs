namespace Bpm.Server.Records.CaseFiles;

/// <summary>What checking a case file found: its problems (in Chinese; none means intact), when the anchor it carries sealed
/// the case's head (null: not anchored, so the file is only self-consistent), and whether that anchor's signature was checked
/// against a key.</summary>
public sealed record CaseFileVerification(IReadOnlyList<string> Problems, DateTimeOffset? AnchoredAt, bool SignatureChecked);
