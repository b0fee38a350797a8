namespace Bpm.Server.Auth;

/// <summary>Configuration section <c>Bpm:Auth</c>.</summary>
public sealed class BpmAuthOptions
{
    /// <summary>Data-protection keys; nodes that share this folder accept each other's tokens.</summary>
    public string KeyDirectory { get; set; } = "data/keys";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The demo default; refused outside Development unless the demo is asked for (see ProductionStartGuard).</summary>
    public const string DefaultAdminPassword = "admin";

    /// <summary>Password given to the seeded <c>admin</c> user when it does not exist yet, or when it still has the default.</summary>
    public string AdminPassword { get; set; } = DefaultAdminPassword;
}
