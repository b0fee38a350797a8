using System.Reflection;
using System.Runtime.ExceptionServices;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Tests.Timers;

/// <summary>The node's store, unchanged, except that it counts its commits and, while <see cref="FailCommits"/> is set,
/// refuses them as a database that went away would (nothing is written).</summary>
public class FailingCommitStore : DispatchProxy
{
    private IEngineStore _inner = null!;
    private int _commits;

    public int Commits => Volatile.Read(ref _commits);
    public bool FailCommits { get; set; }

    /// <summary>Replaces the registered store of <paramref name="services"/>; returns the wrapper.</summary>
    public static FailingCommitStore Install(IServiceCollection services)
    {
        var proxy = Create<IEngineStore, FailingCommitStore>();
        var wrapper = (FailingCommitStore)(object)proxy;
        services.RemoveAll<IEngineStore>();
        services.AddSingleton(sp =>
        {
            wrapper._inner = ActivatorUtilities.CreateInstance<EngineStore>(sp);
            return proxy;
        });
        return wrapper;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IEngineStore.CommitAsync))
        {
            Interlocked.Increment(ref _commits);
            if (FailCommits) return Task.FromException(new InvalidOperationException("the database is unreachable (test)"));
        }
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}
