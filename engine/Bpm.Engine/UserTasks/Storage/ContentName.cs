namespace Bpm.Engine.UserTasks.Storage;

/// <summary>The name of a stored file: its SHA-256 as 64 hex digits, checked so that no other name reaches a path or a key.</summary>
public static class ContentName
{
    public static string Checked(string sha256) =>
        sha256.Length == 64 && sha256.All(Uri.IsHexDigit) ? sha256 : throw new ArgumentException("not a SHA-256", nameof(sha256));
}
