namespace Bpm.Server.Identity.Storage;

/// <summary>An enforcement certificate held by a user; the number is unique across all users.</summary>
public sealed class CertificateEntity
{
    public string Number { get; set; } = "";
    public string Username { get; set; } = "";
    public string Type { get; set; } = "";
    public string IssuedBy { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    /// <summary>valid, suspended or revoked.</summary>
    public string Status { get; set; } = "";
}
