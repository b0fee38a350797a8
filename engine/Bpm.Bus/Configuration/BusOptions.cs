namespace Bpm.Bus.Configuration;

/// <summary><c>Bpm:Bus</c>: the transport, its broker, queue names and delivery limits.</summary>
public sealed class BusOptions
{
    public const string Section = "Bpm:Bus";

    public BusTransportKind Transport { get; set; } = BusTransportKind.InMemory;

    public RabbitMqSettings RabbitMq { get; set; } = new();

    /// <summary>Put in front of every queue name, so that several deployments can share one virtual host.</summary>
    public string QueuePrefix { get; set; } = "";

    /// <summary>Retries of a failed inbound message before it moves to the error queue.</summary>
    public int RetryLimit { get; set; } = 3;

    /// <summary>The first retry's delay; each further retry waits this much longer.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Messages one node consumes at the same time per queue (prefetch is twice this).</summary>
    public int ConcurrentMessages { get; set; } = 32;

    /// <summary>The queue the engine consumes agency replies from.</summary>
    public string InboundQueue => QueuePrefix + "bpm-engine-inbound";

    /// <summary>Where MassTransit moves a message whose consumer kept failing.</summary>
    public string InboundErrorQueue => InboundQueue + "_error";

    /// <summary>A queue name for another endpoint of this deployment (the agency simulator's).</summary>
    public string QueueName(string name) => QueuePrefix + name;
}
