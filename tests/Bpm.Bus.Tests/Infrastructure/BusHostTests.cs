namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>A test class with its own started server on one transport (RabbitMQ: its own virtual host), with the real engine
/// behind the bus or a recording stand-in.</summary>
public abstract class BusHostTests(string transport, bool engine = false) : IAsyncLifetime
{
    protected BusTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = engine
        ? await BusTestHost.StartWithEngineAsync(transport)
        : await BusTestHost.StartAsync(transport);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
