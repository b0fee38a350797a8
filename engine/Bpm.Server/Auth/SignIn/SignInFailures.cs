namespace Bpm.Server.Auth.SignIn;

/// <summary>Why a sign-in failed, as the audit log records it (the caller only ever hears "wrong username or password").</summary>
public static class SignInFailures
{
    public const string UnknownUser = "unknown-user";
    public const string WrongPassword = "wrong-password";
    public const string Inactive = "inactive";
    public const string Throttled = "throttled";
}
