namespace Bpm.Engine.People;

/// <summary>The default until a real directory is registered: nobody is known, so only token roles (admin) and task
/// assignment/candidacy grant access.</summary>
public sealed class NoPeopleDirectory : IPeopleDirectory
{
    public Task<Person?> FindAsync(string username, CancellationToken ct) => Task.FromResult<Person?>(null);
    public Task<IReadOnlyList<Certificate>> CertificatesAsync(string username, CancellationToken ct) => Task.FromResult<IReadOnlyList<Certificate>>([]);
    public Task<bool> HasLegalQualificationAsync(string username, CancellationToken ct) => Task.FromResult(false);
    public Task<IReadOnlyList<string>> OrganisationAncestorsAsync(string organisationId, CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>([]);
    public Task<IReadOnlyList<Person>> FindByRoleAsync(string role, string organisationId, CancellationToken ct) => Task.FromResult<IReadOnlyList<Person>>([]);
}
