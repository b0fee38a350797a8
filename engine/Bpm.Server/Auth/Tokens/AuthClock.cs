namespace Bpm.Server.Auth.Tokens;

/// <summary>The key of the <see cref="TimeProvider"/> that times sign-in throttling and the security-stamp cache. It is
/// the real clock, kept apart from the engine's (controllable) clock so that moving case time never unlocks an account;
/// tests replace it with a fake they can move.</summary>
public static class AuthClock
{
    public const string Key = "bpm:auth-clock";
}
