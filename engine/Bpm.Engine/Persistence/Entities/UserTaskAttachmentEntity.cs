namespace Bpm.Engine.Persistence.Entities;

/// <summary>A file attached to a user task. The bytes live in the content-addressed attachment store under <see cref="Sha256"/>.</summary>
public sealed class UserTaskAttachmentEntity : ICaseRecordRow
{
    public long Key { get; set; }
    public long TaskKey { get; set; }
    /// <summary>The case of the task (a link of its chain).</summary>
    public long ProcessInstanceKey { get; set; }
    public string Name { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    /// <summary>Evidence items (音像记录) only: a kind the enforcement module defines, the capturing device, when and where,
    /// and the officer who captured it.</summary>
    public string? EvidenceKind { get; set; }
    public string? Device { get; set; }
    public DateTimeOffset? CapturedAt { get; set; }
    public string? CapturedPlace { get; set; }
    public string? Officer { get; set; }
    /// <summary>Position in its instance's hash chain, the previous row's hash and this row's hash (docs/records.md).</summary>
    public long? ChainPosition { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}
