namespace Bpm.Contracts.V1;

/// <summary>A document or piece of evidence sent with a message, identified by its SHA-256 hash.</summary>
public sealed record DocumentRef
{
    /// <summary>文书名称: the document's title, e.g. 行政处罚决定书.</summary>
    public required string Title { get; init; }

    /// <summary>文书文号: the document number, when it has one.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>文件名: the file name, e.g. decision.pdf.</summary>
    public required string FileName { get; init; }

    /// <summary>SHA-256 of the file's bytes as 64 lower-case hex characters (tamper evidence).</summary>
    public required string Sha256 { get; init; }

    /// <summary>文件大小: size in bytes.</summary>
    public required long SizeBytes { get; init; }

    /// <summary>Where the receiver can fetch the file, when the transport does not carry it.</summary>
    public string? DownloadUrl { get; init; }
}
