using Bpm.Server.Identity.Storage;
using Bpm.Engine.People;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.PeopleDirectory;

/// <summary>The people directory over the identity tables: users (inactive ones are not found), their certificates and
/// qualification, and the organisation tree for a user's ancestors.</summary>
internal sealed class DbPeopleDirectory(IDbContextFactory<IdentityDbContext> contexts) : IPeopleDirectory
{
    /// <summary>Guards against a corrupted tree with a cycle; real trees are about five levels deep.</summary>
    private const int MaxDepth = 32;

    public async Task<Person?> FindAsync(string username, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var user = await context.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Username == username && u.Active, ct);
        if (user is null)
            return null;
        var ancestors = user.OrganisationId is null ? [] : await AncestorsAsync(context, user.OrganisationId, ct);
        return new Person(user.Username, user.DisplayName, StringList(user.Roles), StringList(user.Groups), user.OrganisationId,
            ancestors, user.EmploymentType);
    }

    public async Task<IReadOnlyList<Certificate>> CertificatesAsync(string username, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var rows = await context.Certificates.AsNoTracking()
            .Where(c => c.Username == username)
            .OrderBy(c => c.ValidFrom).ThenBy(c => c.Number)
            .ToListAsync(ct);
        return rows.Select(c => new Certificate(c.Number, c.Type, c.IssuedBy, c.ValidFrom, c.ValidTo, c.Status)).ToList();
    }

    public async Task<bool> HasLegalQualificationAsync(string username, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await context.Users.AnyAsync(u => u.Username == username && u.Active && u.QualificationNumber != null, ct);
    }

    public async Task<IReadOnlyList<string>> OrganisationAncestorsAsync(string organisationId, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await AncestorsAsync(context, organisationId, ct);
    }

    public async Task<IReadOnlyList<Person>> FindByRoleAsync(string role, string organisationId, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var users = await context.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.Active)
            .OrderBy(u => u.Username)
            .ToListAsync(ct);
        var holders = users.Where(u => StringList(u.Roles).Contains(role)).ToList();
        if (holders.Count == 0)
            return [];
        var ancestors = await AncestorsAsync(context, organisationId, ct);
        return holders.Select(u => new Person(u.Username, u.DisplayName, StringList(u.Roles), StringList(u.Groups), u.OrganisationId,
            ancestors, u.EmploymentType)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, string>> OrganisationNamesAsync(IReadOnlyCollection<string> organisationIds, CancellationToken ct)
    {
        if (organisationIds.Count == 0) return new Dictionary<string, string>();
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await context.OrgUnits.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, StringComparer.Ordinal, ct);
    }

    public async Task<IReadOnlyList<string>> OrganisationSubtreeAsync(string organisationId, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        // The tree is small (hundreds of units): read the parent links once and walk them in memory.
        var links = await context.OrgUnits.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToListAsync(ct);
        var subtree = new List<string> { organisationId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { organisationId };
        for (var i = 0; i < subtree.Count; i++)
            foreach (var child in links.Where(l => l.ParentId == subtree[i] && seen.Add(l.Id)))
                subtree.Add(child.Id);
        return subtree;
    }

    public async Task<string> SupervisedAreaAsync(string organisationId, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var current = organisationId;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var unit = await context.OrgUnits.AsNoTracking().Where(o => o.Id == current).Select(o => new { o.Kind, o.ParentId }).FirstOrDefaultAsync(ct);
            if (unit is null) return organisationId;
            if (unit.Kind is "province" or "city" or "county") return current;
            if (unit.ParentId is null) return organisationId;
            current = unit.ParentId;
        }
        return organisationId;
    }

    /// <summary>The parent of the unit, its parent, … up to the root (nearest first, the unit itself excluded).</summary>
    private static async Task<IReadOnlyList<string>> AncestorsAsync(IdentityDbContext context, string organisationId, CancellationToken ct)
    {
        var ancestors = new List<string>();
        var current = organisationId;
        while (ancestors.Count < MaxDepth)
        {
            var parent = await context.OrgUnits.AsNoTracking()
                .Where(o => o.Id == current).Select(o => o.ParentId).FirstOrDefaultAsync(ct);
            if (parent is null || parent == organisationId || ancestors.Contains(parent))
                break;
            ancestors.Add(parent);
            current = parent;
        }
        return ancestors;
    }

    private static IReadOnlyList<string> StringList(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
