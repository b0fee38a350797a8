using Bpm.Engine.People;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>People and an organisation tree held in memory: units by parent, persons with their certificates.</summary>
public sealed class FakePeopleDirectory : IPeopleDirectory
{
    private readonly Dictionary<string, string> _parents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Person Person, List<Certificate> Certificates)> _people = new(StringComparer.Ordinal);
    private readonly List<(string Username, string Role, string Unit)> _holders = [];

    public FakePeopleDirectory Unit(string id, string? parent)
    {
        if (parent is not null) _parents[id] = parent;
        return this;
    }

    /// <summary>Someone holding <paramref name="role"/> in <paramref name="unit"/> (what <see cref="FindByRoleAsync"/> answers).</summary>
    public FakePeopleDirectory Holder(string username, string role, string unit)
    {
        _holders.Add((username, role, unit));
        return this;
    }

    public FakePeopleDirectory Officer(string username, string employmentType, params Certificate[] certificates)
    {
        _people[username] = (new Person(username, username, ["officer"], [], null, [], employmentType), certificates.ToList());
        return this;
    }

    public Task<Person?> FindAsync(string username, CancellationToken ct) =>
        Task.FromResult(_people.TryGetValue(username, out var entry) ? entry.Person : null);

    public Task<IReadOnlyList<Certificate>> CertificatesAsync(string username, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Certificate>>(_people.TryGetValue(username, out var entry) ? entry.Certificates : []);

    public Task<bool> HasLegalQualificationAsync(string username, CancellationToken ct) => Task.FromResult(false);

    public Task<IReadOnlyList<string>> OrganisationAncestorsAsync(string organisationId, CancellationToken ct)
    {
        var ancestors = new List<string>();
        for (var unit = organisationId; _parents.TryGetValue(unit, out var parent); unit = parent) ancestors.Add(parent);
        return Task.FromResult<IReadOnlyList<string>>(ancestors);
    }

    public Task<IReadOnlyList<Person>> FindByRoleAsync(string role, string organisationId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Person>>(_holders.Where(h => h.Role == role && h.Unit == organisationId)
            .Select(h => new Person(h.Username, h.Username, [h.Role], [], h.Unit, [], Person.Permanent)).ToList());
}
