using Bpm.Enforcement.Roles;
using Bpm.Engine.People;
using Bpm.Server.Auth;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Identity.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.Directory;

/// <summary>What a process designer needs to name a user task's assignee and candidates: active people (name, unit,
/// username), the directory's groups (their Chinese names, and the units of their members) and the roles with their Chinese names. A
/// search by <c>q</c> (name, code or unit name contains it), and an exact look-up of the codes a diagram already names.</summary>
public sealed class DesignerDirectory(IDbContextFactory<IdentityDbContext> contexts, DirectoryGroupNames groupNames)
{
    public const int Limit = 20;

    public async Task<DirectoryResponse> FindAsync(string? text, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.Active).OrderBy(u => u.Username)
            .Select(u => new { u.Username, u.DisplayName, u.OrganisationId, u.Groups }).ToListAsync(ct);
        var unitNames = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var needle = text?.Trim() ?? "";
        var wanted = new HashSet<string>(codes, StringComparer.Ordinal);
        bool Matches(string code, params string?[] names) =>
            wanted.Contains(code) || (needle.Length > 0 && names.Append(code).Any(n => n?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true));

        var people = users
            .Select(u => new DirectoryPerson(u.Username, u.DisplayName, u.OrganisationId is { } unit ? unitNames.GetValueOrDefault(unit) : null))
            .Where(p => Matches(p.Username, p.DisplayName, p.OrganisationName))
            .Take(Limit).ToList();
        var groups = users
            .SelectMany(u => RoleList.Parse(u.Groups).Select(g => (Group: g, Unit: u.OrganisationId is { } unit ? unitNames.GetValueOrDefault(unit) : null)))
            .GroupBy(x => x.Group, StringComparer.Ordinal)
            .Select(g => new DirectoryGroup(g.Key, groupNames.Of(g.Key),
                g.Select(x => x.Unit).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(), g.Count()))
            .Where(g => Matches(g.Code, [g.Name, .. g.UnitNames]))
            .OrderBy(g => g.Code, StringComparer.Ordinal)
            .Take(Limit).ToList();
        var roles = IdentityRoles.All
            .Select(r => new DirectoryRole(r, RoleNames.Of(r)))
            .Where(r => Matches(r.Code, r.Name))
            .ToList();
        return new DirectoryResponse(people, groups, roles);
    }
}
