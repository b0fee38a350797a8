namespace Bpm.Server.Identity.Changes;

/// <summary>What an audit record is about: an organisation unit, or a user (including the user's certificates,
/// qualification and training records, so that one query shows a person's whole record), or a sign-in attempt (id: the
/// username as typed).</summary>
public static class AuditEntities
{
    public const string OrgUnit = "org-unit";
    public const string User = "user";
    public const string IntegrationClient = "integration-client";
    public const string SignIn = "sign-in";

    public static readonly string[] All = [OrgUnit, User, IntegrationClient, SignIn];
}
