namespace Bpm.Server.Records.CaseFiles;

/// <summary><c>manifest.json</c> of an electronic case file (电子卷宗): every other file of the ZIP with its SHA-256, and the
/// case's chain head with the anchor that sealed it (null when no anchor has yet). docs/records.md.</summary>
public sealed record CaseFileManifest(
    string Format,
    string ProcessInstanceKey,
    string? BusinessKey,
    string BpmnProcessId,
    string State,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    CaseFileChain Chain,
    CaseFileAnchor? Anchor,
    IReadOnlyList<CaseFileEntry> Files)
{
    public const string FileName = "manifest.json";
    public const string CurrentFormat = "bpm-case-file/1";
}
