namespace Bpm.Server.Integration;

/// <summary>The answer to creating a client: the client and its secret, shown this once (only its hash is stored).</summary>
public sealed record CreatedIntegrationClientResponse(IntegrationClientResponse Client, string ClientSecret);
