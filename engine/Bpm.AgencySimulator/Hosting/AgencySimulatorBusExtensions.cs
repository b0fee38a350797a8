using Bpm.AgencySimulator.Agencies;
using Bpm.AgencySimulator.Consumers;
using Bpm.AgencySimulator.Injection;
using Bpm.AgencySimulator.Journal;
using Bpm.Bus.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.AgencySimulator.Hosting;

/// <summary>Adds the simulated agencies to the bus when <c>Bpm:AgencySimulator:Enabled</c> is true: they consume from their
/// own queue, so with RabbitMQ every request and reply really travels through the broker.</summary>
public static class AgencySimulatorBusExtensions
{
    public static BpmBusBuilder AddAgencySimulator(this BpmBusBuilder bus, IConfiguration configuration)
    {
        var section = configuration.GetSection(AgencySimulatorOptions.Section);
        if (!section.GetValue<bool>(nameof(AgencySimulatorOptions.Enabled))) return bus;

        bus.Services.Configure<AgencySimulatorOptions>(section);
        bus.Services.TryAddSingleton(TimeProvider.System);
        bus.Services.AddSingleton<SimulatorJournal>();
        bus.Services.AddSingleton<SimulatorRules>();
        bus.Services.AddSingleton<ReplyComposer>();
        bus.Services.AddSingleton<AgencySimulatorInjector>();
        return bus.AddReceiveEndpoint(SimulatorConsumers.QueueName, SimulatorConsumers.Types);
    }
}
