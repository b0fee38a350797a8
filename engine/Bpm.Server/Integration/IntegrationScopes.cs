namespace Bpm.Server.Integration;

/// <summary>The OAuth2 scopes an integration client may hold.</summary>
public static class IntegrationScopes
{
    /// <summary>Publish and correlate messages (<c>/api/messages/publication</c>, <c>/api/messages/correlation</c>).</summary>
    public const string Messages = "messages";

    public static readonly string[] All = [Messages];
}
