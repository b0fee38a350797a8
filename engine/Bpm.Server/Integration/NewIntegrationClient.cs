namespace Bpm.Server.Integration;

/// <summary>A client to create: its id, a name, the organisation unit (agency) it speaks for and its scopes. The secret is
/// generated unless given (the demo seed gives configured secrets).</summary>
public sealed record NewIntegrationClient(string ClientId, string Name, string OrganisationId, IReadOnlyList<string> Scopes, string? Secret = null);
