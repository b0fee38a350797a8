using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Persistence;

/// <summary>The runtime's access to the database. Every method opens its own short-lived context.</summary>
public interface IEngineStore
{
    /// <summary>Writes the change set in one transaction. Throws <see cref="ConcurrencyConflictException"/> when an
    /// updated instance's stored revision is not (new revision - 1), or an inserted journal sequence already exists.</summary>
    Task CommitAsync(StepChangeSet changes, CancellationToken ct);

    Task<ProcessInstanceEntity?> FindInstanceAsync(long key, CancellationToken ct);
    /// <summary>The instances among <paramref name="keys"/> that exist, read in one query.</summary>
    async Task<IReadOnlyList<ProcessInstanceEntity>> FindInstancesAsync(IReadOnlyCollection<long> keys, CancellationToken ct)
    {
        var found = new List<ProcessInstanceEntity>(keys.Count);
        foreach (var key in keys)
            if (await FindInstanceAsync(key, ct) is { } instance) found.Add(instance);
        return found;
    }
    Task<ProcessDefinitionEntity?> FindDefinitionAsync(long key, CancellationToken ct);
    /// <summary>The highest version of a process id, or a given version.</summary>
    Task<ProcessDefinitionEntity?> FindDefinitionAsync(string bpmnProcessId, int? version, CancellationToken ct);
    Task<UserTaskEntity?> FindUserTaskAsync(long key, CancellationToken ct);
    Task<JobEntity?> FindJobAsync(long key, CancellationToken ct);
    Task<IncidentEntity?> FindIncidentAsync(long key, CancellationToken ct);
    Task<SubscriptionEntity?> FindSubscriptionAsync(long key, CancellationToken ct);

    /// <summary>Stores a deployment and its new definitions in one transaction.</summary>
    Task SaveDeploymentAsync(DeploymentEntity deployment, IReadOnlyList<ProcessDefinitionEntity> definitions, CancellationToken ct) =>
        SaveDeploymentAsync(deployment, definitions, [], ct);
    /// <summary>Stores a deployment, its new definitions and their timer start subscriptions in one transaction; the timer
    /// start subscriptions of every earlier version of those process ids are deleted (a new version replaces them).</summary>
    Task SaveDeploymentAsync(DeploymentEntity deployment, IReadOnlyList<ProcessDefinitionEntity> definitions,
        IReadOnlyList<SubscriptionEntity> timerStartSubscriptions, CancellationToken ct) =>
        SaveDeploymentAsync(deployment, definitions, timerStartSubscriptions, [], ct);
    /// <summary>As above, with the deployment's new form versions in the same transaction.</summary>
    Task SaveDeploymentAsync(DeploymentEntity deployment, IReadOnlyList<ProcessDefinitionEntity> definitions,
        IReadOnlyList<SubscriptionEntity> timerStartSubscriptions, IReadOnlyList<FormEntity> forms, CancellationToken ct) =>
        SaveDeploymentAsync(deployment, definitions, timerStartSubscriptions, forms, [], ct);
    /// <summary>As above, with the deployment's new decision versions in the same transaction.</summary>
    Task SaveDeploymentAsync(DeploymentEntity deployment, IReadOnlyList<ProcessDefinitionEntity> definitions,
        IReadOnlyList<SubscriptionEntity> timerStartSubscriptions, IReadOnlyList<FormEntity> forms,
        IReadOnlyList<DecisionDefinitionEntity> decisions, CancellationToken ct);
    /// <summary>Latest stored definition per process id among the given ids (for idempotent redeploys and version numbers).</summary>
    Task<IReadOnlyList<ProcessDefinitionEntity>> LatestDefinitionsAsync(IReadOnlyCollection<string> bpmnProcessIds, CancellationToken ct);

    /// <summary>Locks up to <paramref name="max"/> due ACTIVATABLE jobs for <paramref name="owner"/> until <paramref name="lockUntil"/>,
    /// at most one per instance and never one of an instance that already has a locked job (enforced by a unique index
    /// on LockedInstanceKey). Expired locks are released first. Returns the locked jobs.</summary>
    Task<IReadOnlyList<JobEntity>> LockDueJobsAsync(string owner, DateTimeOffset now, DateTimeOffset lockUntil, int max, CancellationToken ct);
    /// <summary>Releases every lock held by <paramref name="owner"/> (a node restarting after a crash).</summary>
    Task ReleaseJobLocksAsync(string owner, CancellationToken ct);
    /// <summary>Releases one job's lock (the job stays ACTIVATABLE).</summary>
    Task UnlockJobAsync(long jobKey, CancellationToken ct);
    /// <summary>Earliest DueAt of an unlocked ACTIVATABLE job, or null.</summary>
    Task<DateTimeOffset?> NextJobDueAtAsync(CancellationToken ct);

    /// <summary>Claims up to <paramref name="max"/> TIMER subscriptions due at <paramref name="now"/> (earliest first) for
    /// <paramref name="owner"/> until <paramref name="claimUntil"/>; unclaimed or expired claims only. Concurrent callers
    /// get disjoint sets.</summary>
    Task<IReadOnlyList<SubscriptionEntity>> ClaimDueTimersAsync(string owner, DateTimeOffset now, DateTimeOffset claimUntil, int max, CancellationToken ct);
    /// <summary>Releases every timer claim of <paramref name="owner"/> (a node restarting), or of one timer.</summary>
    Task ReleaseTimerClaimsAsync(string owner, CancellationToken ct);
    Task ReleaseTimerClaimAsync(long subscriptionKey, CancellationToken ct);
    /// <summary>Earliest due time of an unclaimed timer, or null.</summary>
    Task<DateTimeOffset?> NextTimerDueAtAsync(CancellationToken ct);
}
