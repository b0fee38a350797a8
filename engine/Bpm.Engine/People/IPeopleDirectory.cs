namespace Bpm.Engine.People;

/// <summary>The people and organisations the engine assigns work to. Implemented over the identity tables
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
}
