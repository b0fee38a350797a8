using System.Reflection;
using System.Runtime.ExceptionServices;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Tests.Timers;

/// <summary>The node's store, unchanged, except that just before it writes the first commit that holds several instances
/// (a merged chunk of timers) it lets another writer win a race on one of them (<see cref="Race"/>, run once), and it
/// records each commit: how many instances it updated and whether it was written.</summary>
public class ChunkRaceStore : DispatchProxy
{
    private IEngineStore _inner = null!;
    private IDbContextFactory<BpmDbContext> _contexts = null!;
    private readonly object _gate = new();

    /// <summary>What the other writer does first, given the instance it races for (the first of the chunk).</summary>
    public Func<BpmDbContext, long, Task>? Race { get; set; }
    /// <summary>The instance the race was run on, once it ran.</summary>
    public long? RacedInstance { get; private set; }
    /// <summary>Each commit in order: the instances it updated and whether it was written.</summary>
    public List<(int Instances, bool Written)> Commits { get; } = [];

    public static ChunkRaceStore Install(IServiceCollection services)
    {
        var proxy = Create<IEngineStore, ChunkRaceStore>();
        var store = (ChunkRaceStore)(object)proxy;
        services.RemoveAll<IEngineStore>();
        services.AddSingleton(sp =>
        {
            store._inner = ActivatorUtilities.CreateInstance<EngineStore>(sp);
            store._contexts = sp.GetRequiredService<IDbContextFactory<BpmDbContext>>();
            return proxy;
        });
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IEngineStore.CommitAsync))
            return CommitAsync((StepChangeSet)args![0]!, (CancellationToken)args[1]!);
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

    private async Task CommitAsync(StepChangeSet changes, CancellationToken ct)
    {
        Func<BpmDbContext, long, Task>? race = null;
        lock (_gate)
        {
            if (changes.UpdatedInstances.Count > 1 && Race is not null)
            {
                race = Race;
                Race = null;
                RacedInstance = changes.UpdatedInstances[0].Key;
            }
        }
        if (race is not null)
        {
            await using var context = await _contexts.CreateDbContextAsync(ct);
            await race(context, RacedInstance!.Value);
        }
        var written = false;
        try
        {
            await _inner.CommitAsync(changes, ct);
            written = true;
        }
        finally
        {
            lock (_gate) Commits.Add((changes.UpdatedInstances.Count, written));
        }
    }
}
