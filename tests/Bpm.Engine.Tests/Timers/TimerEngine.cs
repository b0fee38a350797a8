using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Timers;

/// <summary>An engine on a database of its own: the sweep fires every due timer in its database, so timer tests must not
/// share one with tests that leave timers behind. More engines (nodes, or a restart) can join the same database.</summary>
public sealed class TimerEngine : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly List<EngineHarness> _nodes = [];

    private TimerEngine(DatabaseProvider provider, TestDatabase database, EngineHarness first)
    {
        Provider = provider;
        _database = database;
        _nodes.Add(first);
    }

    public DatabaseProvider Provider { get; }
    /// <summary>The latest node started.</summary>
    public EngineHarness H => _nodes[^1];

    public static async Task<TimerEngine> StartAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var harness = await EngineHarness.StartAsync(provider, database.ConnectionString, configure);
        return new TimerEngine(provider, database, harness);
    }

    /// <summary>Another node on the same database (with a clock of its own, starting where every harness clock starts).</summary>
    public async Task<EngineHarness> StartNodeAsync()
    {
        var harness = await EngineHarness.StartAsync(Provider, _database.ConnectionString);
        _nodes.Add(harness);
        return harness;
    }

    /// <summary>Stops a node (the engine "goes down").</summary>
    public async Task StopAsync(EngineHarness node)
    {
        _nodes.Remove(node);
        await node.DisposeAsync();
    }

    public static Task<int> SweepAsync(EngineHarness node) =>
        node.Services.GetRequiredService<TimerSweep>().RunDueTimersAsync(CancellationToken.None);

    public Task<int> SweepAsync() => SweepAsync(H);

    public async Task<List<SubscriptionEntity>> TimersAsync()
    {
        await using var context = _database.CreateContext();
        return await context.Subscriptions.AsNoTracking().Where(s => s.Kind == "TIMER").OrderBy(s => s.DueAt).ToListAsync();
    }

    public async Task<List<ProcessInstanceEntity>> InstancesAsync(string processId)
    {
        await using var context = _database.CreateContext();
        return await context.ProcessInstances.AsNoTracking().Where(i => i.BpmnProcessId == processId).OrderBy(i => i.Key).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await _database.DisposeAsync();
    }
}
