namespace Bpm.Server.Auth.SignIn;

/// <summary>Configuration section <c>Bpm:Auth:SignInThrottle</c>: how many failed sign-ins are free per username and per
/// client address before each further failure locks that key for a growing delay.</summary>
public sealed class SignInThrottleOptions
{
    public int FailuresPerUsername { get; set; } = 5;

    public int FailuresPerAddress { get; set; } = 20;

    /// <summary>Lock after the first failure over the limit; doubles with each further failure up to <see cref="MaxLock"/>.</summary>
    public TimeSpan FirstLock { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan MaxLock { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A key's failures are forgotten this long after its last failure.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);
}
