namespace Bpm.Server.Identity.Storage;

/// <summary>A system (an agency's platform) that signs in with OAuth2 client credentials to publish and correlate messages.
/// It speaks for one organisation unit; only a hash of its secret is kept.</summary>
public sealed class IntegrationClientEntity
{
    public string ClientId { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The organisation unit (agency) the client speaks for.</summary>
    public string OrganisationId { get; set; } = "";
    /// <summary>Space-separated OAuth2 scopes, e.g. <c>messages</c>.</summary>
    public string Scopes { get; set; } = "";
    public string SecretHash { get; set; } = "";
    public bool Active { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? DisabledAt { get; set; }
}
