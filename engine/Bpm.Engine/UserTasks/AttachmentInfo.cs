namespace Bpm.Engine.UserTasks;

/// <summary>An attached file; <see cref="Evidence"/> is set when it is an audio-video or on-site evidence item (音像记录).</summary>
public sealed record AttachmentInfo(string AttachmentKey, string Name, string ContentType, long Size, string Sha256,
    string UploadedBy, DateTimeOffset UploadedAt, Evidence.EvidenceDetails? Evidence = null);
