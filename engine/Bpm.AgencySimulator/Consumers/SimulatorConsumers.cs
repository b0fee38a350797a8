using Bpm.Contracts.V1;

namespace Bpm.AgencySimulator.Consumers;

/// <summary>The simulator's consumers: one per message BPM sends to an agency.</summary>
public static class SimulatorConsumers
{
    public const string QueueName = "bpm-agency-simulator";

    public static IReadOnlyList<Type> Types { get; } = MessageCatalog.All
        .Where(c => c.Direction == MessageDirection.BpmToAgency)
        .Select(c => typeof(SimulatedAgencyConsumer<>).MakeGenericType(c.Type))
        .ToList();
}
