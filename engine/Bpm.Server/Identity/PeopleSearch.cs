using Bpm.Engine.People;
using Bpm.Server.Auth;
using Bpm.Server.Identity.Responses;
using Bpm.Server.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity;

/// <summary>Finds the people a caller may hand work to (user pickers for delegation, assignment, reassignment and
/// escalation). An admin searches everyone; anyone else the active people of their area: the level of government their
/// unit belongs to and every unit below it (郑州市 staff find 郑州市 and 金水区 people, 金水区 staff only 金水区's), the same
/// area a supervisor of that unit oversees. Whether a found person may take a given task is still the handover rules'
/// decision on the server.</summary>
public sealed class PeopleSearch(IDbContextFactory<IdentityDbContext> contexts, IPeopleDirectory people)
{
    public const int Limit = 20;

    public async Task<IReadOnlyList<PersonChoiceResponse>> SearchAsync(string caller, bool isAdmin, string? text, string? organisationId,
        string? role, CancellationToken ct)
    {
        var area = isAdmin ? null : await AreaAsync(caller, ct);
        if (area is { Count: 0 }) return [];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Users.AsNoTracking().Where(u => u.Active);
        if (area is not null) query = query.Where(u => u.OrganisationId != null && area.Contains(u.OrganisationId));
        if (!string.IsNullOrEmpty(organisationId))
        {
            var units = await people.OrganisationSubtreeAsync(organisationId, ct);
            query = query.Where(u => u.OrganisationId != null && units.Contains(u.OrganisationId));
        }
        if (!string.IsNullOrEmpty(role)) query = query.Where(u => u.Roles.Contains("\"" + role + "\""));
        var users = await query.OrderBy(u => u.Username).Select(u => new { u.Username, u.DisplayName, u.OrganisationId, u.Roles }).ToListAsync(ct);
        var unitNames = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var needle = text?.Trim() ?? "";
        return users
            .Select(u => new PersonChoiceResponse(u.Username, u.DisplayName, u.OrganisationId,
                u.OrganisationId is { } unit ? unitNames.GetValueOrDefault(unit) : null, RoleList.Parse(u.Roles)))
            .Where(p => needle.Length == 0 || Matches(p, needle))
            .Take(Limit).ToList();
    }

    private static bool Matches(PersonChoiceResponse person, string needle) =>
        person.Username.Contains(needle, StringComparison.OrdinalIgnoreCase)
        || person.DisplayName.Contains(needle, StringComparison.OrdinalIgnoreCase)
        || (person.OrganisationName?.Contains(needle, StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The units whose people the caller finds; empty when the caller has no unit.</summary>
    private async Task<IReadOnlyList<string>> AreaAsync(string caller, CancellationToken ct)
    {
        if (await people.FindAsync(caller, ct) is not { OrganisationId: { } unit }) return [];
        return await people.OrganisationSubtreeAsync(await people.SupervisedAreaAsync(unit, ct), ct);
    }
}
