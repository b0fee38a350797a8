using System.Reflection;
using System.Runtime.ExceptionServices;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>The node's store, unchanged, except that it counts the lock queries of the job worker and the jobs they
/// returned (a job that runs without having been returned by one was handed over by the step that created it), the
/// commits (store writes), and the timer sweep's claim queries, and can refuse commits (<see cref="FailCommits"/>).</summary>
public class LockCountingStore : DispatchProxy
{
    private IEngineStore _inner = null!;
    private int _queries;
    private int _lockedJobs;
    private int _commits;
    private int _timerClaims;
    private int _queriesStarted;

    public int Queries => Volatile.Read(ref _queries);
    public int LockedJobs => Volatile.Read(ref _lockedJobs);
    public int Commits => Volatile.Read(ref _commits);
    public int TimerClaims => Volatile.Read(ref _timerClaims);
    public int QueriesStarted => Volatile.Read(ref _queriesStarted);

    /// <summary>While set, commits are counted and refused as a database that went away would refuse them (nothing is written).</summary>
    public bool FailCommits { get; set; }
    /// <summary>While set, every commit throws it (a database lost at the commit).</summary>
    public Exception? CommitFailure { get; set; }

    /// <summary>While set and not completed, a lock query's answer is held back (a slow database) until it completes.</summary>
    public TaskCompletionSource? LockAnswers { get; set; }

    /// <summary><see cref="Install"/> on a node whose job worker runs 4 slots and polls only every 10 minutes (beyond any
    /// test's patience), so only a handover or a wake-up can start a job in time.</summary>
    public static LockCountingStore InstallWithHandoverWorker(IServiceCollection services)
    {
        services.Configure<EngineOptions>(o =>
        {
            o.RunJobWorker = true;
            o.JobWorkerConcurrency = 4;
            // The jobs go through the handover, not run by the step of the command that created them.
            o.RunJobsInCommandStep = false;
            o.JobPollInterval = TimeSpan.FromMinutes(10);
        });
        return Install(services);
    }

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
        if (targetMethod!.Name == nameof(IEngineStore.CommitAsync))
        {
            if (CommitFailure is { } failure) return Task.FromException(failure);
            Interlocked.Increment(ref _commits);
            if (FailCommits) return Task.FromException(new InvalidOperationException("the database is unreachable (test)"));
        }
        if (targetMethod.Name == nameof(IEngineStore.ClaimDueTimersAsync)) Interlocked.Increment(ref _timerClaims);
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
        Interlocked.Increment(ref _queriesStarted);
        var jobs = await locking;
        if (LockAnswers is { } answers) await answers.Task;
        Interlocked.Increment(ref _queries);
        Interlocked.Add(ref _lockedJobs, jobs.Count);
        return jobs;
    }
}
