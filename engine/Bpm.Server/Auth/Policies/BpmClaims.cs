namespace Bpm.Server.Auth.Policies;

/// <summary>Claim types the server puts in its tokens besides name and role.</summary>
public static class BpmClaims
{
    /// <summary>Present (the client id) on an integration client's token; a person's token never has it.</summary>
    public const string Client = "bpm:client";

    /// <summary>The organisation unit an integration client speaks for.</summary>
    public const string ClientOrganisation = "bpm:client-organisation";

    /// <summary>Space-separated scopes of an integration client's token.</summary>
    public const string Scope = "scope";

    /// <summary>The user's security stamp when the token was issued; a changed stamp ends the token.</summary>
    public const string SecurityStamp = "bpm:security-stamp";
}
