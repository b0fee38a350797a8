using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Queries;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

internal sealed class NotificationService(IDbContextFactory<BpmDbContext> contexts, TimeProvider clock) : INotificationService
{
    private const int Limit = 200;

    public async Task<IReadOnlyList<NotificationInfo>> ListAsync(string recipient, bool unreadOnly, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Notifications.AsNoTracking().Where(n => n.Recipient == recipient);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        var rows = await query.OrderByDescending(n => n.Key).Take(Limit).ToListAsync(ct);
        return rows.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Key).Select(n => new NotificationInfo(UserTaskMapper.Key(n.Key), n.Kind, n.Message,
            n.UserTaskKey is { } task ? UserTaskMapper.Key(task) : null,
            n.ProcessInstanceKey is { } instance ? UserTaskMapper.Key(instance) : null, n.CreatedAt, n.ReadAt)).ToList();
    }

    public async Task<bool> MarkReadAsync(string recipient, long notificationKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var mine = db.Notifications.Where(n => n.Key == notificationKey && n.Recipient == recipient);
        await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), ct);
        return await mine.AnyAsync(ct);
    }
}
