using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Messaging.Store;

/// <summary>Reads for message correlation: waiting subscriptions, buffered messages, the inbox. Writes go through the step.</summary>
internal sealed class MessageStore(IDbContextFactory<BpmDbContext> contextFactory)
{
    private const string Message = "MESSAGE";

    public async Task<MessageEntity?> FindByMessageIdAsync(string messageId, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.MessageId == messageId, ct);
    }

    /// <summary>Every subscription waiting for (name, key) in an active instance, oldest first, then the message start events
    /// named <paramref name="name"/> (of the latest version of each process).</summary>
    public async Task<List<MessageTarget>> WaitingAsync(string name, string? correlationKey, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        // One round trip: the instances' subscriptions UNION ALL the definitions' start events.
        var waiting =
            from s in db.Subscriptions
            join i in db.ProcessInstances on s.ProcessInstanceKey equals i.Key
            where s.Kind == Message && s.Name == name && s.CorrelationKey == correlationKey && s.ProcessDefinitionKey == null
                && i.State == ProcessInstanceState.Active
            select new { Subscription = s, i.BpmnProcessId, Start = 0 };
        var starts =
            from s in db.Subscriptions
            join d in db.ProcessDefinitions on s.ProcessDefinitionKey equals d.Key
            // correlation_key IS NULL keeps this on the (kind, name, correlation_key) index: without it every waiting
            // instance subscription of the same name would be scanned.
            where s.Kind == Message && s.Name == name && s.CorrelationKey == null && s.ProcessDefinitionKey != null
            select new { Subscription = s, d.BpmnProcessId, Start = 1 };
        var rows = await waiting.Concat(starts).AsNoTracking().ToListAsync(ct);
        return rows.OrderBy(r => r.Start).ThenBy(r => r.Subscription.Key)
            .Select(r => new MessageTarget(r.Subscription, r.BpmnProcessId))
            .ToList();
    }

    public async Task<bool> ActiveStartKeyExistsAsync(string bpmnProcessId, string correlationKey, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.ProcessInstances.AnyAsync(i => i.BpmnProcessId == bpmnProcessId && i.StartCorrelationKey == correlationKey && i.State == ProcessInstanceState.Active, ct);
    }

    public async Task<bool> ActiveBusinessKeyExistsAsync(string businessKey, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.ProcessInstances.AnyAsync(i => i.BusinessKey == businessKey && i.State == ProcessInstanceState.Active, ct);
    }

    public async Task<HashSet<string>> CorrelatedProcessesAsync(long messageKey, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var ids = await db.MessageCorrelations.Where(c => c.MessageKey == messageKey).Select(c => c.BpmnProcessId).ToListAsync(ct);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Unexpired buffered messages matching any probe, oldest (first published) first.</summary>
    public async Task<List<MessageEntity>> BufferedForAsync(IReadOnlyCollection<MessageProbe> probes, DateTimeOffset now, CancellationToken ct)
    {
        var keys = probes.Select(p => p.CorrelationKey).Where(k => k is not null).Distinct().ToList();
        if (keys.Count == 0) return [];
        var names = probes.Select(p => p.Name).Distinct().ToList();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = db.Messages.AsNoTracking().Where(m => m.ExpiresAt > now && keys.Contains(m.CorrelationKey));
        // With every name known the (name, correlation_key) index finds the rows; a keyed start that ended asks for any name.
        if (!names.Contains(null)) query = query.Where(m => names.Contains(m.Name));
        var candidates = await query.OrderBy(m => m.Key).Take(1000).ToListAsync(ct);
        return candidates.Where(m => probes.Any(p => p.CorrelationKey == m.CorrelationKey && (p.Name is null || p.Name == m.Name))).ToList();
    }

    /// <summary>Unexpired buffered messages that some subscription could take now (the sweep's safety net for races and
    /// crashes between a commit and its follow-up correlation), oldest first.</summary>
    public async Task<List<MessageEntity>> CorrelatableAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Messages.AsNoTracking()
            .Where(m => m.ExpiresAt > now && db.Subscriptions.Any(s => s.Kind == Message && s.Name == m.Name
                && ((s.ProcessDefinitionKey == null && s.CorrelationKey == m.CorrelationKey
                        && !db.MessageCorrelations.Any(c => c.MessageKey == m.Key
                            && db.ProcessInstances.Any(i => i.Key == s.ProcessInstanceKey && i.BpmnProcessId == c.BpmnProcessId)))
                    || (s.ProcessDefinitionKey != null
                        && !db.MessageCorrelations.Any(c => c.MessageKey == m.Key
                            && db.ProcessDefinitions.Any(d => d.Key == s.ProcessDefinitionKey && d.BpmnProcessId == c.BpmnProcessId))))))
            .OrderBy(m => m.Key)
            .Take(max)
            .ToListAsync(ct);
    }

    /// <summary>Deletes messages (and their correlation records) that expired before <paramref name="before"/>.</summary>
    public async Task<int> DeleteExpiredAsync(DateTimeOffset before, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.MessageCorrelations.Where(c => db.Messages.Any(m => m.Key == c.MessageKey && m.ExpiresAt < before)).ExecuteDeleteAsync(ct);
        var deleted = await db.Messages.Where(m => m.ExpiresAt < before).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return deleted;
    }

    public async Task<InboxMessageEntity?> FindInboxAsync(Guid messageId, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Inbox.AsNoTracking().FirstOrDefaultAsync(m => m.MessageId == messageId, ct);
    }

    public async Task<List<InboxMessageEntity>> ParkedAsync(int max, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Inbox.AsNoTracking().Where(m => m.State == InboxMessageState.Parked || m.State == InboxMessageState.Refused)
            .OrderBy(m => m.ReceivedAt).Take(max).ToListAsync(ct);
    }
}
