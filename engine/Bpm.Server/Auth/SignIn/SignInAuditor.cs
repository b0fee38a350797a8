using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Server.Identity.Changes;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Auth.SignIn;

/// <summary>Writes each sign-in attempt to the audit log (entity <c>sign-in</c>, id and actor the username as typed):
/// when, from which address, and why it failed. The password is never recorded.</summary>
public sealed class SignInAuditor(IDbContextFactory<BpmDbContext> contexts, TimeProvider clock)
{
    public const string Succeeded = "sign-in.succeeded";
    public const string Failed = "sign-in.failed";

    // A username is whatever the caller typed; keep the log readable however long it is.
    private const int MaxUsernameLength = 100;

    public async Task RecordAsync(string username, string address, string? failureReason, CancellationToken ct)
    {
        var who = username.Length > MaxUsernameLength ? username[..MaxUsernameLength] : username;
        await using var context = await contexts.CreateDbContextAsync(ct);
        context.Audit.Add(new AuditEntity
        {
            At = clock.GetUtcNow(),
            Actor = who,
            Action = failureReason is null ? Succeeded : Failed,
            Entity = AuditEntities.SignIn,
            EntityId = who,
            After = AuditJson.Serialize(new SignInAuditRecord(address, failureReason)),
        });
        await context.SaveChangesAsync(ct);
    }
}
