namespace Bpm.Engine.People.Organisations;

/// <summary>The default until an identity module registers the organisation tree: there are no units.</summary>
public sealed class NoOrganisationUnitQueries : IOrganisationUnitQueries
{
    public Task<IReadOnlyList<OrganisationUnit>> ListAsync(string? kind, string? under, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<OrganisationUnit>>([]);
}
