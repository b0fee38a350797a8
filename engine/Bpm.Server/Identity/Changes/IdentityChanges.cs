using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Problems;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.Changes;

/// <summary>Changes to people and organisations, each checked against what is stored (or already added to the same
/// context) and recorded in the audit trail of the same context; the caller saves them in one transaction.</summary>
public sealed partial class IdentityChanges
{
    private readonly IdentityDbContext context;
    private readonly string actor;
    private readonly DateTimeOffset now;

    public IdentityChanges(IdentityDbContext context, string actor, DateTimeOffset now)
    {
        // The engine's contexts read without tracking; here FindAsync must track what it loads so that edits are saved.
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        this.context = context;
        this.actor = actor;
        this.now = now;
    }

    private void Audit(string action, string entity, string entityId, object? before, object? after) =>
        context.Audit.Add(new AuditEntity
        {
            At = now,
            Actor = actor,
            Action = action,
            Entity = entity,
            EntityId = entityId,
            Before = AuditJson.Serialize(before),
            After = AuditJson.Serialize(after),
        });

    /// <summary>FindAsync sees entities added to this context but not yet saved (the demo seed adds everything at once).</summary>
    private async Task<UserEntity> UserAsync(string username, CancellationToken ct) =>
        await context.Users.FindAsync([username], ct) ?? throw EngineNotFoundException.Missing("user", username);

    private async Task CheckOrganisationAsync(string organisationId, string field, CancellationToken ct)
    {
        if (await context.OrgUnits.FindAsync([organisationId], ct) is null)
            throw new ApiBadRequestException($"机构「{organisationId}」不存在。", field);
    }
}
