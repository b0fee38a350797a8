namespace Bpm.Engine.People.Organisations;

/// <summary>The organisation tree of the people directory, for processes that run once per unit (yearly checks).</summary>
public interface IOrganisationUnitQueries
{
    /// <summary>The units of <paramref name="kind"/> (every kind when null), limited to <paramref name="under"/> and the units
    /// below it when given; ordered by id.</summary>
    Task<IReadOnlyList<OrganisationUnit>> ListAsync(string? kind, string? under, CancellationToken ct);
}
