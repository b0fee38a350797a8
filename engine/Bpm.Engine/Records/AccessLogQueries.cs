using System.Globalization;
using Bpm.Engine.Cases;
using Bpm.Engine.Persistence;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Records;

/// <summary>Lists the access log, newest first, limited to the cases the caller may see (an admin sees every row, a head
/// the cases of their unit and below, a supervisor those of the area they supervise).</summary>
public sealed class AccessLogQueries(IDbContextFactory<BpmDbContext> contextFactory, ICaseAccessService cases)
{
    private const int Limit = 1000;

    public async Task<IReadOnlyList<AccessLogEntry>> ListAsync(AccessLogFilter filter, TaskActor actor, CancellationToken ct)
    {
        var access = cases as CaseAccessService ?? throw new InvalidOperationException("The access log needs the engine's case-access service.");
        var scope = await access.ScopeAsync(actor, ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = db.AccessLog.AsQueryable();
        if (await scope.FilterAsync(db, ct) is { } visible)
        {
            var keys = visible(db, db.ProcessInstances).Select(p => p.Key);
            rows = rows.Where(r => r.ProcessInstanceKey != null && keys.Contains(r.ProcessInstanceKey.Value));
        }
        if (filter.ProcessInstanceKey is { } key) rows = rows.Where(r => r.ProcessInstanceKey == key);
        if (!string.IsNullOrEmpty(filter.Username)) rows = rows.Where(r => r.Username == filter.Username);
        if (filter.From is { } from) rows = rows.Where(r => r.At >= from);
        if (filter.To is { } to) rows = rows.Where(r => r.At < to);
        var found = await rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(Limit).ToListAsync(ct);
        return found.Select(r => new AccessLogEntry(Text(r.Id), r.At, r.Username, r.ProcessInstanceKey is { } k ? Text(k) : null, r.Resource,
            r.Address, r.Reason, r.ChainPosition, r.Hash)).ToList();
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
