using Bpm.Engine.People;

namespace Bpm.Benchmarks;

/// <summary>The case-list benchmark's people: the inbox benchmark's 2,000 officers over 90 units in 10 cities, plus per city a
/// head (<c>head-city-N</c>) and a supervisor (<c>supervisor-city-N</c>, overseeing the city read-only).</summary>
public sealed class CaseListPeopleDirectory : IPeopleDirectory
{
    public const int Cities = 10;
    public static string Head(int city) => $"head-city-{city}";
    public static string Supervisor(int city) => $"supervisor-city-{city}";

    private readonly InboxPeopleDirectory _officers = new();

    public Task<Person?> FindAsync(string username, CancellationToken ct)
    {
        if (username.StartsWith("head-city-", StringComparison.Ordinal))
            return Task.FromResult<Person?>(new Person(username, username, ["head"], [], "city-" + username[10..], ["henan"], Person.Permanent));
        if (username.StartsWith("supervisor-city-", StringComparison.Ordinal))
            return Task.FromResult<Person?>(new Person(username, username, ["supervisor"], [], "city-" + username[16..], ["henan"], Person.Permanent));
        return _officers.FindAsync(username, ct);
    }

    public Task<IReadOnlyList<Certificate>> CertificatesAsync(string username, CancellationToken ct) => _officers.CertificatesAsync(username, ct);
    public Task<bool> HasLegalQualificationAsync(string username, CancellationToken ct) => Task.FromResult(false);
    public Task<IReadOnlyList<string>> OrganisationAncestorsAsync(string organisationId, CancellationToken ct) =>
        _officers.OrganisationAncestorsAsync(organisationId, ct);
    public Task<IReadOnlyList<Person>> FindByRoleAsync(string role, string organisationId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Person>>([]);

    public Task<IReadOnlyList<string>> OrganisationSubtreeAsync(string organisationId, CancellationToken ct)
    {
        if (!organisationId.StartsWith("city-", StringComparison.Ordinal))
            return Task.FromResult<IReadOnlyList<string>>([organisationId]);
        var city = int.Parse(organisationId[5..], System.Globalization.CultureInfo.InvariantCulture);
        return Task.FromResult<IReadOnlyList<string>>([organisationId, .. Enumerable.Range(city * 9, 9).Select(InboxPeopleDirectory.Unit)]);
    }

    public Task<string> SupervisedAreaAsync(string organisationId, CancellationToken ct) => Task.FromResult(organisationId);
}
