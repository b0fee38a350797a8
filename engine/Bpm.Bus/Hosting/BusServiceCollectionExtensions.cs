using Bpm.Bus.Configuration;
using Bpm.Bus.Contracts;
using Bpm.Bus.ErrorQueue;
using Bpm.Bus.Health;
using Bpm.Bus.Inbound;
using Bpm.Bus.Outbox;
using Bpm.Engine.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Bus.Hosting;

/// <summary>Registers MassTransit on the transport <c>Bpm:Bus:Transport</c> names, the outbox transport, the engine's
/// inbound consumers and, for RabbitMQ, the error-queue browser and a broker health check (beside MassTransit's bus check).</summary>
public static class BusServiceCollectionExtensions
{
    public static IServiceCollection AddBpmBus(this IServiceCollection services, IConfiguration configuration,
        Action<BpmBusBuilder>? configure = null)
    {
        var section = configuration.GetSection(BusOptions.Section);
        var options = section.Get<BusOptions>() ?? new BusOptions();
        services.Configure<BusOptions>(section);
        services.AddSingleton(Senders.AgencySenderRules.From(configuration));

        var builder = new BpmBusBuilder(services, options);
        var endpoints = new List<BusEndpoint> { new(options.InboundQueue, InboundConsumers.Types) };
        configure?.Invoke(builder);
        endpoints.AddRange(builder.Endpoints);

        services.AddMassTransit(bus =>
        {
            foreach (var type in endpoints.SelectMany(e => e.ConsumerTypes)) bus.AddConsumer(type);
            bus.ConfigureHealthCheckOptions(health => health.Name = "bus");
            if (options.Transport == BusTransportKind.RabbitMq)
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = options.RabbitMq;
                    cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
                    {
                        host.Username(rabbit.Username);
                        host.Password(rabbit.Password);
                    });
                    ConfigureEndpoints(context, cfg, endpoints, options);
                });
            else
                bus.UsingInMemory((context, cfg) => ConfigureEndpoints(context, cfg, endpoints, options));
        });

        // Replaces the engine's stand-in transport, which keeps every message in the outbox.
        services.Replace(ServiceDescriptor.Singleton<IOutboxTransport, MassTransitOutboxTransport>());
        services.AddBpmMessageContracts();
        if (options.Transport == BusTransportKind.RabbitMq)
        {
            services.AddSingleton<IBusErrorQueue, RabbitMqErrorQueue>();
            services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>("rabbitmq");
        }
        return services;
    }

    private static void ConfigureEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator cfg,
        IEnumerable<BusEndpoint> endpoints, BusOptions options)
    {
        foreach (var endpoint in endpoints)
            cfg.ReceiveEndpoint(endpoint.QueueName, e =>
            {
                // Each message is one engine step; many in flight let the engine group-commit them.
                e.PrefetchCount = options.ConcurrentMessages * 2;
                e.ConcurrentMessageLimit = options.ConcurrentMessages;
                e.UseMessageRetry(retry => retry.Incremental(options.RetryLimit, options.RetryInterval, options.RetryInterval));
                foreach (var type in endpoint.ConsumerTypes) e.ConfigureConsumer(context, type);
            });
    }
}
