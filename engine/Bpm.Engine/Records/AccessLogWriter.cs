using System.Threading.Channels;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Records;

/// <summary>Writes the access log off the request path: a request only queues its <see cref="CaseRead"/>; this service
/// writes what has queued in batches (one transaction each, chained on the <c>access</c> chain), finds the case of task
/// and document reads in one query per batch (and asks the modules for the reads of their resources, <see cref="ICaseReadCases"/>), and writes the rest when the node stops. A failed batch is kept and written
/// with the next one.</summary>
public sealed class AccessLogWriter(IDbContextFactory<BpmDbContext> contextFactory, IEnumerable<ICaseReadCases> moduleCases, ILogger<AccessLogWriter> logger)
    : BackgroundService
{
    private const int MaxBatch = 500;
    private readonly Channel<CaseRead> _queue = Channel.CreateUnbounded<CaseRead>(new UnboundedChannelOptions { SingleReader = false });
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly List<CaseRead> _failed = [];

    public void Record(CaseRead read) => _queue.Writer.TryWrite(read);

    /// <summary>Writes everything queued so far (tests, shutdown).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await _writing.WaitAsync(ct);
        try
        {
            while (await WriteBatchAsync(ct)) { }
        }
        finally
        {
            _writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Writing the access log failed; the reads are kept and written with the next batch");
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await FlushAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Writing the access log at shutdown failed; {Count} reads are not recorded", _failed.Count);
        }
    }

    private async Task<bool> WriteBatchAsync(CancellationToken ct)
    {
        var batch = new List<CaseRead>(_failed);
        _failed.Clear();
        while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var read)) batch.Add(read);
        if (batch.Count == 0) return false;
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            var tasks = await CasesOfAsync(batch, CaseReadKind.Task, keys => db.UserTasks.Where(t => keys.Contains(t.Key))
                .Select(t => new KeyValuePair<long, long>(t.Key, t.ProcessInstanceKey)), ct);
            var documents = await CasesOfAsync(batch, CaseReadKind.Document, keys => db.Documents.Where(d => keys.Contains(d.Key))
                .Select(d => new KeyValuePair<long, long>(d.Key, d.ProcessInstanceKey)), ct);
            var ofModules = new Dictionary<CaseReadKind, IReadOnlyDictionary<long, long>>();
            foreach (var cases in moduleCases)
                if (batch.Where(r => r.Kind == cases.Kind).Select(r => r.Key).Distinct().ToList() is { Count: > 0 } keys)
                    ofModules[cases.Kind] = await cases.CasesOfAsync(keys, ct);
            db.AccessLog.AddRange(batch.Select(r => new AccessLogEntity
            {
                At = r.At,
                Username = r.Username,
                ProcessInstanceKey = r.Kind switch
                {
                    CaseReadKind.Instance => r.Key,
                    CaseReadKind.Task => tasks.TryGetValue(r.Key, out var task) ? task : null,
                    CaseReadKind.Document => documents.TryGetValue(r.Key, out var document) ? document : null,
                    // A module's kind (ICaseReadCases); one nobody answers is kept, without its case.
                    _ => ofModules.TryGetValue(r.Kind, out var cases) && cases.TryGetValue(r.Key, out var instance) ? instance : null,
                },
                Resource = r.Resource,
                Address = r.Address,
                Reason = r.Reason,
            }));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            _failed.AddRange(batch);
            throw;
        }
        return true;
    }

    private static async Task<Dictionary<long, long>> CasesOfAsync(List<CaseRead> batch, CaseReadKind kind,
        Func<List<long>, IQueryable<KeyValuePair<long, long>>> query, CancellationToken ct)
    {
        var keys = batch.Where(r => r.Kind == kind).Select(r => r.Key).Distinct().ToList();
        if (keys.Count == 0) return [];
        return (await query(keys).ToListAsync(ct)).ToDictionary(p => p.Key, p => p.Value);
    }
}
