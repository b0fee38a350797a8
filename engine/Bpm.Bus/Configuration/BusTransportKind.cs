namespace Bpm.Bus.Configuration;

/// <summary>Which MassTransit transport carries the agency messages.</summary>
public enum BusTransportKind
{
    /// <summary>Embedded default: messages stay inside this process; nothing survives a restart.</summary>
    InMemory,
    /// <summary>A RabbitMQ broker: durable queues, competing consumers across nodes, an error queue per endpoint.</summary>
    RabbitMq,
}
