using System.Collections.Concurrent;
using Bpm.Contracts.V1;

namespace Bpm.AgencySimulator.Journal;

/// <summary>What the simulated agencies received, in memory, deduplicated by message id.</summary>
public sealed class SimulatorJournal(TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, SimulatorEntry> entries = new();

    /// <summary>Records a delivery. Returns the entry and whether this was the message id's first delivery.</summary>
    public (SimulatorEntry Entry, bool First) Record(AgencyMessage request)
    {
        var created = new SimulatorEntry(request, MessageCatalog.Of(request.GetType()).Name, clock.GetUtcNow());
        var entry = entries.GetOrAdd(request.MessageId, created);
        if (!ReferenceEquals(entry, created)) entry.CountDelivery();
        return (entry, ReferenceEquals(entry, created));
    }

    /// <summary>Every request, oldest first.</summary>
    public IReadOnlyList<SimulatorEntry> All() => entries.Values.OrderBy(e => e.ReceivedAt).ToList();
}
