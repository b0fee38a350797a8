namespace Bpm.Server.Auth;

/// <summary>Configuration section <c>Bpm:Auth</c>.</summary>
public sealed class BpmAuthOptions
{
    /// <summary>Data-protection keys; nodes that share this folder accept each other's tokens.</summary>
    public string KeyDirectory { get; set; } = "data/keys";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Password given to the seeded <c>admin</c> user when it does not exist yet.</summary>
    public string AdminPassword { get; set; } = "admin";
}
