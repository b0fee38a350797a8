namespace Bpm.Server.Identity.Vocabulary;

/// <summary>Certificate statuses: valid, suspended (暂扣) and revoked (取消, final).</summary>
public static class CertificateStatuses
{
    public const string Valid = "valid";
    public const string Suspended = "suspended";
    public const string Revoked = "revoked";

    public static readonly string[] All = [Valid, Suspended, Revoked];
}
