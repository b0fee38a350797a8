using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Persistence;

/// <summary>The runtime's access to the database. Every method opens its own short-lived context.</summary>
public interface IEngineStore
{
    /// <summary>Writes the change set in one transaction. Throws <see cref="ConcurrencyConflictException"/> when an
    /// updated instance's stored revision is not (new revision - 1), or an inserted journal sequence already exists.</summary>
    Task CommitAsync(StepChangeSet changes, CancellationToken ct);

    Task<ProcessInstanceEntity?> FindInstanceAsync(long key, CancellationToken ct);
    Task<ProcessDefinitionEntity?> FindDefinitionAsync(long key, CancellationToken ct);
    /// <summary>The highest version of a process id, or a given version.</summary>
    Task<ProcessDefinitionEntity?> FindDefinitionAsync(string bpmnProcessId, int? version, CancellationToken ct);
    Task<UserTaskEntity?> FindUserTaskAsync(long key, CancellationToken ct);
    Task<JobEntity?> FindJobAsync(long key, CancellationToken ct);
    Task<IncidentEntity?> FindIncidentAsync(long key, CancellationToken ct);
    Task<SubscriptionEntity?> FindSubscriptionAsync(long key, CancellationToken ct);

    /// <summary>Stores a deployment and its new definitions in one transaction.</summary>
    Task SaveDeploymentAsync(DeploymentEntity deployment, IReadOnlyList<ProcessDefinitionEntity> definitions, CancellationToken ct);
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
}
