namespace Bpm.Engine.UserTasks;

public sealed record AttachmentInfo(string AttachmentKey, string Name, string ContentType, long Size, string Sha256,
    string UploadedBy, DateTimeOffset UploadedAt);
