using Bpm.Engine.Evidence;

namespace Bpm.Server.Records.CaseFiles;

/// <summary>One file of the case file: its path in the ZIP, <see cref="Kind"/> (<c>contents</c>, <c>document</c>,
/// <c>evidence</c>, <c>attachment</c>, <c>history</c>, <c>access-log</c>), SHA-256 and size, its title, and for evidence items
/// what captured it.</summary>
public sealed record CaseFileEntry(string Path, string Kind, string Sha256, long Size, string Title, EvidenceDetails? Evidence = null)
{
    public const string Contents = "contents";
    public const string Document = "document";
    public const string EvidenceItem = "evidence";
    public const string Attachment = "attachment";
    public const string History = "history";
    public const string AccessLog = "access-log";
}
