using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Benchmarks;

/// <summary>Wraps the engine's store and times every call, so a step's time splits into database and engine work.</summary>
/// <para>Experiment (--serialize-writes): SQLite allows one writer; waiting writers normally poll the lock in SQLite's busy
/// handler, which sleeps 1, 2, 5, 10 … 100 ms between tries. With this flag, commits queue on an in-process lock instead,
/// to show what that sleeping costs. Not used for the reported figures.</para>
public sealed class TimingEngineStore(IEngineStore inner, StoreTimings timings, bool serializeWrites = false) : IEngineStore
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>The wrapped store (the chain-cost benchmark switches its sealing).</summary>
    public IEngineStore Inner => inner;

    public Task CommitAsync(StepChangeSet changes, CancellationToken ct) =>
        timings.TimeAsync("CommitAsync", async () =>
        {
            timings.Trace?.CommitStarting(changes, System.Diagnostics.Stopwatch.GetTimestamp());
            if (!serializeWrites)
            {
                await inner.CommitAsync(changes, ct);
                timings.Trace?.CommitDone(changes, System.Diagnostics.Stopwatch.GetTimestamp());
                timings.Completions?.Committed(changes);
                return true;
            }
            await _writeLock.WaitAsync(ct);
            try
            {
                await inner.CommitAsync(changes, ct);
            }
            finally
            {
                _writeLock.Release();
            }
            timings.Trace?.CommitDone(changes, System.Diagnostics.Stopwatch.GetTimestamp());
            timings.Completions?.Committed(changes);
            return true;
        }, RowCount(changes));

    public Task<ProcessInstanceEntity?> FindInstanceAsync(long key, CancellationToken ct) =>
        timings.TimeAsync("FindInstanceAsync", () => inner.FindInstanceAsync(key, ct));

    public Task<IReadOnlyList<ProcessInstanceEntity>> FindInstancesAsync(IReadOnlyCollection<long> keys, CancellationToken ct) =>
        timings.TimeAsync("FindInstancesAsync", () => inner.FindInstancesAsync(keys, ct));

    public Task<ProcessDefinitionEntity?> FindDefinitionAsync(long key, CancellationToken ct) =>
        timings.TimeAsync("FindDefinitionAsync(key)", () => inner.FindDefinitionAsync(key, ct));

    public Task<ProcessDefinitionEntity?> FindDefinitionAsync(string bpmnProcessId, int? version, CancellationToken ct) =>
        timings.TimeAsync("FindDefinitionAsync(id)", () => inner.FindDefinitionAsync(bpmnProcessId, version, ct));

    public Task<UserTaskEntity?> FindUserTaskAsync(long key, CancellationToken ct) =>
        timings.TimeAsync("FindUserTaskAsync", () => inner.FindUserTaskAsync(key, ct));

    public Task<JobEntity?> FindJobAsync(long key, CancellationToken ct) => timings.TimeAsync("FindJobAsync", () => inner.FindJobAsync(key, ct));

    public Task<IncidentEntity?> FindIncidentAsync(long key, CancellationToken ct) => inner.FindIncidentAsync(key, ct);

    public Task<SubscriptionEntity?> FindSubscriptionAsync(long key, CancellationToken ct) => inner.FindSubscriptionAsync(key, ct);

    public Task SaveDeploymentAsync(DeploymentEntity deployment, IReadOnlyList<ProcessDefinitionEntity> definitions,
        IReadOnlyList<SubscriptionEntity> timerStartSubscriptions, IReadOnlyList<FormEntity> forms,
        IReadOnlyList<DecisionDefinitionEntity> decisions, CancellationToken ct) =>
        inner.SaveDeploymentAsync(deployment, definitions, timerStartSubscriptions, forms, decisions, ct);

    public Task<IReadOnlyList<ProcessDefinitionEntity>> LatestDefinitionsAsync(IReadOnlyCollection<string> bpmnProcessIds, CancellationToken ct) =>
        inner.LatestDefinitionsAsync(bpmnProcessIds, ct);

    public Task<IReadOnlyList<JobEntity>> LockDueJobsAsync(string owner, DateTimeOffset now, DateTimeOffset lockUntil, int max, CancellationToken ct) =>
        timings.TimeAsync("LockDueJobsAsync", () => inner.LockDueJobsAsync(owner, now, lockUntil, max, ct));

    public Task ReleaseJobLocksAsync(string owner, CancellationToken ct) => inner.ReleaseJobLocksAsync(owner, ct);

    public Task UnlockJobAsync(long jobKey, CancellationToken ct) => inner.UnlockJobAsync(jobKey, ct);

    public Task<DateTimeOffset?> NextJobDueAtAsync(CancellationToken ct) => inner.NextJobDueAtAsync(ct);

    public Task<IReadOnlyList<SubscriptionEntity>> ClaimDueTimersAsync(string owner, DateTimeOffset now, DateTimeOffset claimUntil, int max, CancellationToken ct) =>
        timings.TimeAsync("ClaimDueTimersAsync", () => inner.ClaimDueTimersAsync(owner, now, claimUntil, max, ct));

    public Task ReleaseTimerClaimsAsync(string owner, CancellationToken ct) => inner.ReleaseTimerClaimsAsync(owner, ct);

    public Task ReleaseTimerClaimAsync(long subscriptionKey, CancellationToken ct) => inner.ReleaseTimerClaimAsync(subscriptionKey, ct);

    public Task<DateTimeOffset?> NextTimerDueAtAsync(CancellationToken ct) => inner.NextTimerDueAtAsync(ct);

    private static int RowCount(StepChangeSet c) =>
        c.InsertedInstances.Count + c.UpdatedInstances.Count + c.InsertedJobs.Count + c.UpdatedJobs.Count + c.DeletedJobKeys.Count
        + c.InsertedUserTasks.Count + c.UpdatedUserTasks.Count + c.InsertedSubscriptions.Count + c.DeletedSubscriptionKeys.Count + c.FiredSubscriptionKeys.Count
        + c.InsertedIncidents.Count + c.UpdatedIncidents.Count + c.Journal.Count + c.Outbox.Count;
}
