using Bpm.Server.Identity.Storage;

namespace Bpm.Server.Integration;

/// <summary>An integration client as the admin API shows it (never its secret or hash).</summary>
public sealed record IntegrationClientResponse(string ClientId, string Name, string OrganisationId, IReadOnlyList<string> Scopes,
    bool Active, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? DisabledAt)
{
    public static IntegrationClientResponse From(IntegrationClientEntity e) =>
        new(e.ClientId, e.Name, e.OrganisationId, e.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), e.Active, e.CreatedAt,
            e.CreatedBy, e.DisabledAt);
}
