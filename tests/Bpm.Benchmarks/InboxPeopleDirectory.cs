using Bpm.Engine.People;

namespace Bpm.Benchmarks;

/// <summary>~2,000 officers in 200 groups (1–3 each) over 100 organisation units (河南 → 10 cities → 9 units each).</summary>
public sealed class InboxPeopleDirectory : IPeopleDirectory
{
    public const int Users = 2_000;
    public const int Groups = 200;

    public static string User(int i) => $"officer-{i:D4}";
    public static string Group(int i) => $"group-{i:D3}";
    /// <summary>Unit u (0..89) of city u / 9.</summary>
    public static string Unit(int u) => $"unit-{u:D2}";
    public static string City(int u) => $"city-{u / 9}";

    public static IReadOnlyList<string> GroupsOf(int user) =>
        Enumerable.Range(0, 1 + user % 3).Select(k => Group((user * 7 + k * 53) % Groups)).ToList();

    public Task<Person?> FindAsync(string username, CancellationToken ct)
    {
        if (!username.StartsWith("officer-", StringComparison.Ordinal) || !int.TryParse(username[8..], out var i)) return Task.FromResult<Person?>(null);
        var unit = i % 90;
        return Task.FromResult<Person?>(new Person(username, username, ["officer"], GroupsOf(i), Unit(unit), [City(unit), "henan"], Person.Permanent));
    }

    public Task<IReadOnlyList<Certificate>> CertificatesAsync(string username, CancellationToken ct) => Task.FromResult<IReadOnlyList<Certificate>>([]);
    public Task<bool> HasLegalQualificationAsync(string username, CancellationToken ct) => Task.FromResult(false);
    public Task<IReadOnlyList<string>> OrganisationAncestorsAsync(string organisationId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(organisationId.StartsWith("unit-", StringComparison.Ordinal)
            ? [City(int.Parse(organisationId[5..], System.Globalization.CultureInfo.InvariantCulture)), "henan"] : []);
    public Task<IReadOnlyList<Person>> FindByRoleAsync(string role, string organisationId, CancellationToken ct) => Task.FromResult<IReadOnlyList<Person>>([]);
}
