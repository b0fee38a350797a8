using System.Security.Claims;

namespace Bpm.Server.Auth.SignIn;

/// <summary>A sign-in's result: the principal to issue a token for, or refused (with how long to wait when throttled).</summary>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, TimeSpan? RetryAfter);
