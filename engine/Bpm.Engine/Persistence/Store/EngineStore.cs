using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Persistence.Store;

/// <summary>The runtime's database access. Each call rents a pooled context for its own duration.</summary>
internal sealed class EngineStore(IDbContextFactory<BpmDbContext> contextFactory, DatabaseOptions options) : IEngineStore, IAsyncDisposable, IDisposable
{

    // Compiled per store: a compiled query is bound to one model, and each service provider builds its own.
    private readonly Func<BpmDbContext, long, CancellationToken, Task<ProcessInstanceEntity?>> _instanceByKey =
        EF.CompileAsyncQuery((BpmDbContext c, long key, CancellationToken _) => c.ProcessInstances.AsNoTracking().FirstOrDefault(x => x.Key == key));

    private readonly Func<BpmDbContext, long, CancellationToken, Task<JobEntity?>> _jobByKey =
        EF.CompileAsyncQuery((BpmDbContext c, long key, CancellationToken _) => c.Jobs.AsNoTracking().FirstOrDefault(x => x.Key == key));

    // Read twice by every task command (LoadUserTaskAsync); compiled, so no expression tree is built and looked up per call.
    private readonly Func<BpmDbContext, long, CancellationToken, Task<UserTaskEntity?>> _userTaskByKey =
        EF.CompileAsyncQuery((BpmDbContext c, long key, CancellationToken _) => c.UserTasks.AsNoTracking().FirstOrDefault(x => x.Key == key));

    private readonly JobLocker _jobLocker = new(options.Provider);
    private readonly TimerClaimer _timerClaimer = new(options.Provider);
    private StepCommitter? _committer;
    private CommitBatcher? _batcher;
    private readonly object _batcherGate = new();

    /// <summary>False only in the benchmark's <c>--chain-cost</c> runs, which measure what sealing the history chain costs by
    /// turning it off; no setting reaches it, so a server always seals.</summary>
    internal bool SealsHistory { get; set; } = true;

    /// <summary>False only in the benchmark's <c>--chain-cost-mark-off</c> runs, which measure what the anchor-pending mark
    /// costs on its own (the chain still sealed); a server always marks.</summary>
    internal bool MarksAnchorPending { get; set; } = true;

    /// <summary>Set only by the benchmark's <c>--chain-cost</c> runs: the time spent in <see cref="Records.HistoryChain.Seal"/>
    /// is summed into <see cref="SealTicks"/> (<see cref="System.Diagnostics.Stopwatch"/> ticks) and the calls counted.</summary>
    internal bool TimesSeal { get; set; }
    internal long SealTicks;
    internal long SealCalls;

    /// <summary>Steps are group-committed: SQLite has one writer (it allows no more), PostgreSQL two, so one batch is
    /// being written while the next one fills.</summary>
    public Task CommitAsync(StepChangeSet changes, CancellationToken ct)
    {
        if (changes.IsEmpty)
            return Task.CompletedTask;
        if (SealsHistory)
        {
            if (TimesSeal) TimedSeal(changes);
            else Records.HistoryChain.Seal(changes, MarksAnchorPending);
        }
        if (_batcher is null)
            lock (_batcherGate)
                _batcher ??= new CommitBatcher(WriteAsync, options.Provider == DatabaseProvider.Sqlite ? 1 : 2, maxBatch: 64);
        return _batcher.CommitAsync(changes);
    }

    private void TimedSeal(StepChangeSet changes)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        Records.HistoryChain.Seal(changes, MarksAnchorPending);
        Interlocked.Add(ref SealTicks, System.Diagnostics.Stopwatch.GetTimestamp() - start);
        Interlocked.Increment(ref SealCalls);
    }

    private async Task WriteAsync(StepChangeSet changes)
    {
        await using var context = await contextFactory.CreateDbContextAsync();
        _committer ??= new StepCommitter(context.Model);
        await _committer.CommitAsync(context, changes, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_batcher is not null) await _batcher.DisposeAsync();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async Task<ProcessInstanceEntity?> FindInstanceAsync(long key, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await _instanceByKey(context, key, ct);
    }

    public async Task<IReadOnlyList<ProcessInstanceEntity>> FindInstancesAsync(IReadOnlyCollection<long> keys, CancellationToken ct)
    {
        if (keys.Count == 0) return [];
        var wanted = keys.Distinct().ToList();
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await context.ProcessInstances.AsNoTracking().Where(x => wanted.Contains(x.Key)).ToListAsync(ct);
    }

    public async Task<JobEntity?> FindJobAsync(long key, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await _jobByKey(context, key, ct);
    }

    public Task<ProcessDefinitionEntity?> FindDefinitionAsync(long key, CancellationToken ct) =>
        FindAsync<ProcessDefinitionEntity>(c => c.ProcessDefinitions.Where(x => x.Key == key), ct);

    public Task<ProcessDefinitionEntity?> FindDefinitionAsync(string bpmnProcessId, int? version, CancellationToken ct) =>
        FindAsync<ProcessDefinitionEntity>(c => c.ProcessDefinitions
            .Where(x => x.BpmnProcessId == bpmnProcessId && (version == null || x.Version == version))
            .OrderByDescending(x => x.Version), ct);

    public async Task<UserTaskEntity?> FindUserTaskAsync(long key, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await _userTaskByKey(context, key, ct);
    }

    public Task<IncidentEntity?> FindIncidentAsync(long key, CancellationToken ct) =>
        FindAsync<IncidentEntity>(c => c.Incidents.Where(x => x.Key == key), ct);

    public Task<SubscriptionEntity?> FindSubscriptionAsync(long key, CancellationToken ct) =>
        FindAsync<SubscriptionEntity>(c => c.Subscriptions.Where(x => x.Key == key), ct);

    public async Task SaveDeploymentAsync(DeploymentEntity deployment, IReadOnlyList<ProcessDefinitionEntity> definitions,
        IReadOnlyList<SubscriptionEntity> timerStartSubscriptions, IReadOnlyList<FormEntity> forms,
        IReadOnlyList<DecisionDefinitionEntity> decisions, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        var processIds = definitions.Select(d => d.BpmnProcessId).Distinct().ToList();
        if (processIds.Count > 0)
            await context.Subscriptions
                .Where(s => s.ProcessDefinitionKey != null
                    && context.ProcessDefinitions.Any(d => d.Key == s.ProcessDefinitionKey && processIds.Contains(d.BpmnProcessId)))
                .ExecuteDeleteAsync(ct);
        context.Deployments.Add(deployment);
        context.ProcessDefinitions.AddRange(definitions);
        context.Subscriptions.AddRange(timerStartSubscriptions);
        context.Forms.AddRange(forms);
        context.DecisionDefinitions.AddRange(decisions);
        await context.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<ProcessDefinitionEntity>> LatestDefinitionsAsync(IReadOnlyCollection<string> bpmnProcessIds, CancellationToken ct)
    {
        if (bpmnProcessIds.Count == 0)
            return [];
        var ids = bpmnProcessIds.Distinct().ToList();
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await context.ProcessDefinitions.AsNoTracking()
            .Where(d => ids.Contains(d.BpmnProcessId)
                && d.Version == context.ProcessDefinitions.Where(x => x.BpmnProcessId == d.BpmnProcessId).Max(x => x.Version))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<JobEntity>> LockDueJobsAsync(string owner, DateTimeOffset now, DateTimeOffset lockUntil, int max, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await _jobLocker.LockDueJobsAsync(context, owner, now, lockUntil, max, ct);
    }

    public async Task ReleaseJobLocksAsync(string owner, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await _jobLocker.ReleaseAsync(context, owner, ct);
    }

    public async Task UnlockJobAsync(long jobKey, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await _jobLocker.UnlockAsync(context, jobKey, ct);
    }

    public async Task<DateTimeOffset?> NextJobDueAtAsync(CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await context.Jobs.AsNoTracking()
            .Where(j => j.State == JobState.Activatable && j.LockedBy == null)
            .OrderBy(j => j.DueAt)
            .Select(j => (DateTimeOffset?)j.DueAt)
            .FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<SubscriptionEntity>> ClaimDueTimersAsync(string owner, DateTimeOffset now, DateTimeOffset claimUntil,
        int max, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await _timerClaimer.ClaimAsync(context, owner, now, claimUntil, max, ct);
    }

    public async Task ReleaseTimerClaimsAsync(string owner, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await _timerClaimer.ReleaseAsync(context, owner, ct);
    }

    public async Task ReleaseTimerClaimAsync(long subscriptionKey, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await _timerClaimer.ReleaseAsync(context, subscriptionKey, ct);
    }

    public async Task<DateTimeOffset?> NextTimerDueAtAsync(CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await _timerClaimer.NextDueAtAsync(context, ct);
    }

    private async Task<T?> FindAsync<T>(Func<BpmDbContext, IQueryable<T>> query, CancellationToken ct) where T : class
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        return await query(context).AsNoTracking().FirstOrDefaultAsync(ct);
    }
}
