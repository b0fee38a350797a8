using Bpm.Contracts.V1;

namespace Bpm.Bus.Inbound;

/// <summary>The engine's consumers: one per message that agencies send to BPM.</summary>
public static class InboundConsumers
{
    public static IReadOnlyList<Type> Types { get; } = MessageCatalog.All
        .Where(c => c.Direction == MessageDirection.AgencyToBpm)
        .Select(c => typeof(AgencyReplyConsumer<>).MakeGenericType(c.Type))
        .ToList();
}
