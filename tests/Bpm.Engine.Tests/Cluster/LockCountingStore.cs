using System.Reflection;
using System.Runtime.ExceptionServices;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>The node's store, unchanged, except that it counts the lock queries of the job worker and the jobs they
/// returned (a job that runs without having been returned by one was handed over by the step that created it), and the
/// commits (steps written).</summary>
public class LockCountingStore : DispatchProxy
{
    private IEngineStore _inner = null!;
    private int _queries;
    private int _lockedJobs;
    private int _commits;

    public int Queries => Volatile.Read(ref _queries);
    public int LockedJobs => Volatile.Read(ref _lockedJobs);
    public int Commits => Volatile.Read(ref _commits);

    /// <summary>Replaces the registered store of <paramref name="services"/> with a counting one; returns the counter.</summary>
    public static LockCountingStore Install(IServiceCollection services)
    {
        var proxy = Create<IEngineStore, LockCountingStore>();
        var counter = (LockCountingStore)(object)proxy;
        services.RemoveAll<IEngineStore>();
        services.AddSingleton(sp =>
        {
            counter._inner = ActivatorUtilities.CreateInstance<EngineStore>(sp);
            return proxy;
        });
        return counter;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IEngineStore.CommitAsync)) Interlocked.Increment(ref _commits);
        object? result;
        try
        {
            result = targetMethod!.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
        return targetMethod.Name == nameof(IEngineStore.LockDueJobsAsync) ? CountAsync((Task<IReadOnlyList<JobEntity>>)result!) : result;
    }

    private async Task<IReadOnlyList<JobEntity>> CountAsync(Task<IReadOnlyList<JobEntity>> locking)
    {
        var jobs = await locking;
        Interlocked.Increment(ref _queries);
        Interlocked.Add(ref _lockedJobs, jobs.Count);
        return jobs;
    }
}
