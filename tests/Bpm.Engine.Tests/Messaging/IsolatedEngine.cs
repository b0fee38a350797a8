using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>An engine on a database of its own, for tests whose sweeps (timers, buffered messages, the outbox) act on every row
/// of the database and so must not see other tests' rows.</summary>
public sealed class IsolatedEngine : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private IsolatedEngine(TestDatabase database, EngineHarness harness)
    {
        _database = database;
        H = harness;
    }

    public EngineHarness H { get; }

    public static async Task<IsolatedEngine> StartAsync(TestProvider provider, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider == TestProvider.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres);
        return new IsolatedEngine(database, await EngineHarness.StartAsync(provider, database.ConnectionString, configure));
    }

    public async ValueTask DisposeAsync()
    {
        await H.DisposeAsync();
        await _database.DisposeAsync();
    }
}
