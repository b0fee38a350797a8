namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>A test class with its own started server on one transport (RabbitMQ: its own virtual host).</summary>
public abstract class BusHostTests(string transport) : IAsyncLifetime
{
    protected BusTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await BusTestHost.StartAsync(transport);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
