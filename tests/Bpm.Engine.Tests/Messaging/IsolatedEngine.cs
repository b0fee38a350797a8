using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>An engine on a database of its own, for tests whose sweeps (timers, buffered messages, the outbox) act on every row
/// of the database and so must not see other tests' rows (<see cref="EngineHarness.StartIsolatedAsync"/>, kept as a holder
/// for the tests written against <c>e.H</c>).</summary>
public sealed class IsolatedEngine : IAsyncDisposable
{
    private IsolatedEngine(EngineHarness harness) => H = harness;

    public EngineHarness H { get; }

    public static async Task<IsolatedEngine> StartAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null) =>
        new(await EngineHarness.StartIsolatedAsync(provider, configure));

    public ValueTask DisposeAsync() => H.DisposeAsync();
}
