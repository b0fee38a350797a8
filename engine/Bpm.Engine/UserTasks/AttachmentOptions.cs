namespace Bpm.Engine.UserTasks;

/// <summary>Configuration section <c>Bpm:Attachments</c>.</summary>
public sealed class AttachmentOptions
{
    /// <summary>The content-addressed store: each file is named by its SHA-256 and never overwritten.</summary>
    public string Directory { get; set; } = "data/attachments";
    public long MaxBytes { get; set; } = 50 * 1024 * 1024;
}
