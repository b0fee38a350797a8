using Bpm.Bus.Configuration;
using RabbitMQ.Client;

namespace Bpm.Bus.ErrorQueue;

/// <summary>Short-lived RabbitMQ.Client connections for the work MassTransit has no API for (reading the error queue, probing the broker).</summary>
internal static class RabbitMqConnections
{
    public static Task<IConnection> OpenAsync(RabbitMqSettings settings, CancellationToken ct)
    {
        var factory = new ConnectionFactory
        {
            HostName = settings.Host,
            Port = settings.Port,
            VirtualHost = settings.VirtualHost,
            UserName = settings.Username,
            Password = settings.Password,
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            ClientProvidedName = "bpm-bus-admin",
        };
        return factory.CreateConnectionAsync(ct);
    }
}
