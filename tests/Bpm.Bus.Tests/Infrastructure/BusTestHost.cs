using System.Text.Json.Nodes;
using Bpm.Engine.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>A started server (in memory) on a transport, its admin client, and the recording correlator standing in for the engine's.</summary>
public sealed class BusTestHost : IAsyncDisposable
{
    private BusTestHost(BusServerFactory factory, HttpClient client, RecordingCorrelator correlator, string? virtualHost)
    {
        Factory = factory;
        Client = client;
        Correlator = correlator;
        VirtualHost = virtualHost;
    }

    public BusServerFactory Factory { get; }

    public HttpClient Client { get; }

    public RecordingCorrelator Correlator { get; }

    public string? VirtualHost { get; }

    public IOutboxTransport Transport => Factory.Services.GetRequiredService<IOutboxTransport>();

    /// <summary>A server whose engine correlator is replaced by a <see cref="RecordingCorrelator"/>.</summary>
    public static Task<BusTestHost> StartAsync(string transport, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var correlator = new RecordingCorrelator();
        return StartAsync(transport, correlator, s => s.AddSingleton<IMessageCorrelator>(correlator), settings);
    }

    /// <summary>A server with the real engine behind the bus (<see cref="Correlator"/> stays unused).</summary>
    public static Task<BusTestHost> StartWithEngineAsync(string transport, Action<IServiceCollection>? services = null) =>
        StartAsync(transport, new RecordingCorrelator(), services, null);

    private static async Task<BusTestHost> StartAsync(string transport, RecordingCorrelator correlator, Action<IServiceCollection>? services,
        IReadOnlyDictionary<string, string?>? settings)
    {
        var virtualHost = transport == "RabbitMq" ? await RabbitMqBroker.CreateVirtualHostAsync("bus-tests") : null;
        var factory = new BusServerFactory(transport, virtualHost, services, settings);
        var client = await factory.CreateAdminClientAsync();
        await Eventually.WaitAsync(async () => (await client.GetAsync("/health")).IsSuccessStatusCode, ok => ok, "the bus to connect");
        return new BusTestHost(factory, client, correlator, virtualHost);
    }

    /// <summary>GET /api/agency-simulator/messages.</summary>
    public Task<JsonArray> SimulatorMessagesAsync() => Client.SimulatorMessagesAsync();

    public Task<JsonObject> SimulatorEntryAsync(Guid requestId, Func<JsonObject, bool>? until = null) => Client.SimulatorEntryAsync(requestId, until);

    public Task<InboundMessage> ReplyReceivedAsync(Guid requestId) =>
        Eventually.WaitAsync(() => Task.FromResult(Correlator.Received.FirstOrDefault(m => m.Variables["inReplyTo"]?.GetValue<Guid>() == requestId)),
            m => m is not null, $"the reply to {requestId}")!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        if (VirtualHost is not null) await RabbitMqBroker.DeleteVirtualHostAsync(VirtualHost);
    }
}
