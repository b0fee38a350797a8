namespace Bpm.Engine.Persistence.Entities;

/// <summary>A document of a case (a generated 文书): metadata of a file held in the content-addressed store under
/// <see cref="Sha256"/>. Written by the step that completes the activity that made the file.</summary>
public sealed class CaseDocumentEntity : ICaseRecordRow
{
    public long Key { get; set; }
    public long ProcessInstanceKey { get; set; }
    public string? BusinessKey { get; set; }
    /// <summary>What the document is, e.g. <c>penalty-decision</c>.</summary>
    public string DocumentType { get; set; } = "";
    /// <summary>File name, e.g. 行政处罚决定书.pdf.</summary>
    public string Name { get; set; } = "";
    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; set; } = "";
    public long Size { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    /// <summary>The BPMN element whose activity made the document.</summary>
    public string ElementId { get; set; } = "";
    /// <summary>Position in its instance's hash chain, the previous row's hash and this row's hash (docs/records.md).</summary>
    public long? ChainPosition { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}
