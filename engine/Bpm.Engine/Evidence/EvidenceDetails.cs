namespace Bpm.Engine.Evidence;

/// <summary>What makes an attachment an evidence item: its kind (one the enforcement module defines), the capturing device, when and
/// where it was captured and the officer who captured it. The content's SHA-256 and size are the attachment's.</summary>
public sealed record EvidenceDetails(string Kind, string? Device, DateTimeOffset CapturedAt, string Place, string Officer);
