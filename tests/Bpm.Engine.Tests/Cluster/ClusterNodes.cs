using Bpm.Engine.Cluster;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Engine nodes on one database of their own, sharing one manual clock: a test kills a node by no longer letting it
/// heartbeat, and moves the clock instead of waiting.</summary>
public sealed class ClusterNodes : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly DatabaseProvider _provider;
    private readonly List<EngineHarness> _nodes = [];

    private ClusterNodes(TestDatabase database, DatabaseProvider provider)
    {
        _database = database;
        _provider = provider;
    }

    public FakeTimeProvider Clock { get; } = TestClock.At(new DateTimeOffset(2025, 9, 26, 9, 0, 0, TimeSpan.FromHours(8)));

    public static async Task<ClusterNodes> CreateAsync(DatabaseProvider provider) =>
        new(await TestDatabase.CreateAsync(provider), provider);

    /// <summary>Starts a node (not yet registered) with the given id and node number.</summary>
    public async Task<EngineHarness> StartNodeAsync(string nodeId, int nodeNumber, Action<IServiceCollection>? configure = null)
    {
        var node = await EngineHarness.StartAsync(_provider, _database.ConnectionString, s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.Configure<EngineOptions>(o =>
            {
                o.NodeId = nodeId;
                o.NodeNumber = nodeNumber;
            });
            configure?.Invoke(s);
        });
        _nodes.Add(node);
        return node;
    }

    public static NodeRegistry Registry(EngineHarness node) => node.Services.GetRequiredService<NodeRegistry>();

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await _database.DisposeAsync();
    }
}
