using Bpm.Server.Identity.Responses;
using Bpm.Server.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity;

/// <summary>Reads organisation units, users with their records, and the audit trail.</summary>
public sealed class IdentityQueries(IDbContextFactory<IdentityDbContext> contexts)
{
    public const int MaxAuditEntries = 1000;

    public async Task<IReadOnlyList<OrgUnitResponse>> OrgUnitsAsync(CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var units = await context.OrgUnits.OrderBy(o => o.Id).ToListAsync(ct);
        return units.Select(OrgUnitResponse.From).ToList();
    }

    public async Task<UserResponse?> UserAsync(string username, CancellationToken ct) =>
        (await UsersAsync(null, null, username, ct)).SingleOrDefault();

    /// <summary>Users of one organisation unit (not its sub-units) and/or with one role, ordered by username.</summary>
    public async Task<IReadOnlyList<UserResponse>> UsersAsync(string? organisationId, string? role, string? username, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var query = context.Users.AsQueryable();
        if (username is not null)
            query = query.Where(u => u.Username == username);
        if (organisationId is not null)
            query = query.Where(u => u.OrganisationId == organisationId);
        if (role is not null)
            query = query.Where(u => u.Roles.Contains("\"" + role + "\""));
        var users = await query.OrderBy(u => u.Username).ToListAsync(ct);
        var names = users.Select(u => u.Username).ToList();
        var certificates = (await context.Certificates.Where(c => names.Contains(c.Username)).ToListAsync(ct)).ToLookup(c => c.Username);
        var trainings = (await context.Trainings.Where(t => names.Contains(t.Username)).ToListAsync(ct)).ToLookup(t => t.Username);
        return users.Select(u => UserResponse.From(u, certificates[u.Username], trainings[u.Username])).ToList();
    }

    /// <summary>Newest first, at most <see cref="MaxAuditEntries"/>.</summary>
    public async Task<IReadOnlyList<AuditEntryResponse>> AuditAsync(string? entity, string? entityId, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var query = context.Audit.AsQueryable();
        if (entity is not null)
            query = query.Where(a => a.Entity == entity);
        if (entityId is not null)
            query = query.Where(a => a.EntityId == entityId);
        var rows = await query.OrderByDescending(a => a.Id).Take(MaxAuditEntries).ToListAsync(ct);
        return rows.Select(AuditEntryResponse.From).ToList();
    }
}
