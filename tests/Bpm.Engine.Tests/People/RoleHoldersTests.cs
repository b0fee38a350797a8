using Bpm.Engine.People;

namespace Bpm.Engine.Tests.People;

/// <summary>Issue 13, item 3: the kernel knows no head; it answers who holds a role for a unit, looking upwards until a
/// unit has holders, and the escalation module names the role.</summary>
public sealed class RoleHoldersTests
{
    private static readonly Directory Tree = new Directory()
        .Unit("province", null).Unit("city", "province").Unit("bureau", "city")
        .Holder("zhang", "head", "city").Holder("li", "head", "city").Holder("wang", "officer", "bureau");

    [Fact]
    public async Task A_unit_without_holders_takes_those_of_its_nearest_ancestor_that_has_any() =>
        Assert.Equal(["zhang", "li"], await Tree.NearestAsync("head", "bureau", CancellationToken.None));

    [Fact]
    public async Task A_units_own_holders_come_before_its_ancestors() =>
        Assert.Equal(["wang"], await Tree.NearestAsync("officer", "bureau", CancellationToken.None));

    [Fact]
    public async Task No_unit_or_no_holder_upwards_gives_nobody()
    {
        Assert.Empty(await Tree.NearestAsync("head", null, CancellationToken.None));
        Assert.Empty(await Tree.NearestAsync("supervisor", "bureau", CancellationToken.None));
        Assert.Empty(await Tree.NearestAsync("head", "province", CancellationToken.None));
    }

    private sealed class Directory : IPeopleDirectory
    {
        private readonly Dictionary<string, string> _parents = new(StringComparer.Ordinal);
        private readonly List<(string Username, string Role, string Unit)> _holders = [];

        public Directory Unit(string id, string? parent)
        {
            if (parent is not null) _parents[id] = parent;
            return this;
        }

        public Directory Holder(string username, string role, string unit)
        {
            _holders.Add((username, role, unit));
            return this;
        }

        public Task<Person?> FindAsync(string username, CancellationToken ct) => Task.FromResult<Person?>(null);

        public Task<IReadOnlyList<Certificate>> CertificatesAsync(string username, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<Certificate>>([]);

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
}
