namespace Bpm.Engine.Activities;

/// <summary>A file an activity stored in the content-addressed store (<see cref="UserTasks.AttachmentStore"/>) and wants
/// recorded as a document of the case. The row is written by the step that applies the activity's result, so a crash
/// can leave a stored file without a row, never a row without its file.</summary>
/// <param name="Key">The document key, made by the activity (from <see cref="Runtime.KeyGenerator"/>) so its outputs can name it.</param>
/// <param name="DocumentType">What the document is, e.g. <c>penalty-decision</c>.</param>
/// <param name="Name">The file name shown and offered for download.</param>
public sealed record GeneratedDocument(long Key, string DocumentType, string Name, string Sha256, long Size, string? CreatedBy);
