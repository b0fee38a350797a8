namespace Bpm.Engine.UserTasks;

/// <summary>Configuration section <c>Bpm:Attachments</c>.</summary>
public sealed class AttachmentOptions
{
    /// <summary>The content-addressed store: each file is named by its SHA-256 and never overwritten.</summary>
    public string Directory { get; set; } = "data/attachments";
    /// <summary>Bytes of one file (larger: 413, nothing stored).</summary>
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;
    /// <summary>Bytes of all attachments of one process instance (0 = no quota).</summary>
    public long MaxBytesPerInstance { get; set; } = 200L * 1024 * 1024;
}
