namespace Bpm.Server.Auth.SignIn;

/// <summary>The <c>after</c> of a sign-in audit entry.</summary>
public sealed record SignInAuditRecord(string Address, string? Reason);
