using Bpm.Server.Identity.Storage;
using Bpm.Engine.People.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.PeopleDirectory;

/// <summary><see cref="IOrganisationUnitQueries"/> over the <c>org_units</c> table.</summary>
internal sealed class DbOrganisationUnitQueries(IDbContextFactory<IdentityDbContext> contexts) : IOrganisationUnitQueries
{
    public async Task<IReadOnlyList<OrganisationUnit>> ListAsync(string? kind, string? under, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        // The tree is small (hundreds of units): read it once and walk it in memory.
        var all = await context.OrgUnits.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new OrganisationUnit(o.Id, o.Name, o.ParentId, o.Kind)).ToListAsync(ct);
        var within = under is null ? null : Subtree(all, under);
        return all.Where(u => (kind is null || u.Kind == kind) && (within is null || within.Contains(u.Id))).ToList();
    }

    private static HashSet<string> Subtree(IReadOnlyList<OrganisationUnit> all, string root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { root };
        for (var added = true; added;)
        {
            added = false;
            foreach (var unit in all.Where(u => u.ParentId is not null && ids.Contains(u.ParentId) && !ids.Contains(u.Id)))
                added |= ids.Add(unit.Id);
        }
        return ids;
    }
}
