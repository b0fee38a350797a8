using Bpm.Bus.Configuration;

namespace Bpm.Bus.Hosting;

/// <summary>Lets other parts of the server (the agency simulator) add receive endpoints to the one bus before it is built.</summary>
public sealed class BpmBusBuilder
{
    private readonly List<BusEndpoint> endpoints = [];

    internal BpmBusBuilder(IServiceCollection services, BusOptions options)
    {
        Services = services;
        Options = options;
    }

    public IServiceCollection Services { get; }

    public BusOptions Options { get; }

    internal IReadOnlyList<BusEndpoint> Endpoints => endpoints;

    /// <summary>Consumes with these consumer types from a queue of this name (prefixed by <see cref="BusOptions.QueuePrefix"/>).</summary>
    public BpmBusBuilder AddReceiveEndpoint(string queueName, IEnumerable<Type> consumerTypes)
    {
        endpoints.Add(new BusEndpoint(Options.QueueName(queueName), consumerTypes.ToList()));
        return this;
    }
}
