using Bpm.Engine.Limits;
using Bpm.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.UserTasks;

/// <summary>The size of one attachment and the total of a case's attachments (every task of the process instance), checked
/// before the bytes are stored. Two uploads racing for the last room may both fit the check: the quota is a guard against
/// runaway use, not an exact ledger.</summary>
public sealed class AttachmentQuota(IDbContextFactory<BpmDbContext> contexts, IOptions<AttachmentOptions> options)
{
    public async Task EnsureRoomAsync(long taskKey, long size, CancellationToken ct)
    {
        var settings = options.Value;
        if (size > settings.MaxBytes) throw SizeLimitExceededException.Attachment(settings.MaxBytes);
        if (settings.MaxBytesPerInstance <= 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instanceKey = await db.UserTasks.AsNoTracking().Where(t => t.Key == taskKey).Select(t => (long?)t.ProcessInstanceKey).FirstOrDefaultAsync(ct);
        if (instanceKey is null) return;
        var taskKeys = db.UserTasks.Where(t => t.ProcessInstanceKey == instanceKey).Select(t => t.Key);
        var used = await db.UserTaskAttachments.AsNoTracking().Where(a => taskKeys.Contains(a.TaskKey)).SumAsync(a => (long?)a.Size, ct) ?? 0;
        if (used + size > settings.MaxBytesPerInstance) throw SizeLimitExceededException.AttachmentQuota(settings.MaxBytesPerInstance, used);
    }
}
