using Bpm.Bus.Configuration;
using Bpm.Bus.ErrorQueue;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bpm.Bus.Health;

/// <summary>Healthy when the broker accepts a connection. MassTransit's own bus check only reports degraded while it
/// reconnects, which /health would still answer 200 for.</summary>
internal sealed class RabbitMqHealthCheck(IOptions<BusOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value.RabbitMq;
        try
        {
            await using var connection = await RabbitMqConnections.OpenAsync(settings, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ at {settings.Host}:{settings.Port} does not answer.", e);
        }
    }
}
