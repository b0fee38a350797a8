namespace Bpm.Engine.People;

/// <summary>The people and organisations the engine assigns work to. The server's identity module implements it over its tables
/// (users, organisation units, certificates); tests may supply their own.</summary>
public interface IPeopleDirectory
{
    Task<Person?> FindAsync(string username, CancellationToken ct);
    /// <summary>The user's enforcement certificates in any status (empty for an unknown user).</summary>
    Task<IReadOnlyList<Certificate>> CertificatesAsync(string username, CancellationToken ct);
    /// <summary>Whether the user holds the legal professional qualification (法律职业资格) reviewers need.</summary>
    Task<bool> HasLegalQualificationAsync(string username, CancellationToken ct);
    /// <summary>The ancestors of an organisation unit, nearest first (empty for a root or an unknown unit). User tasks store
    /// them at creation so that heads of a unit or above see its tasks.</summary>
    Task<IReadOnlyList<string>> OrganisationAncestorsAsync(string organisationId, CancellationToken ct);
    /// <summary>The people holding <paramref name="role"/> in exactly this organisation unit (escalations notify its heads).</summary>
    Task<IReadOnlyList<Person>> FindByRoleAsync(string role, string organisationId, CancellationToken ct);

    /// <summary>The unit and every unit below it (a head's reach over cases). A directory without a tree answers the unit alone.</summary>
    Task<IReadOnlyList<string>> OrganisationSubtreeAsync(string organisationId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([organisationId]);

    /// <summary>The names of the given organisation units, by id (units the directory does not know are left out). A
    /// directory without names answers none.</summary>
    Task<IReadOnlyDictionary<string, string>> OrganisationNamesAsync(IReadOnlyCollection<string> organisationIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    /// <summary>The root of the area a supervisor (司法局) in this unit oversees, read-only: the nearest unit at or above it
    /// that is a level of government (province, city, county), so 郑州市司法局 oversees every 郑州市 agency and those of its
    /// districts and counties, 中牟县司法局 those of 中牟县 (docs/security.md). A directory without unit kinds answers the unit.</summary>
    Task<string> SupervisedAreaAsync(string organisationId, CancellationToken ct) => Task.FromResult(organisationId);
}
