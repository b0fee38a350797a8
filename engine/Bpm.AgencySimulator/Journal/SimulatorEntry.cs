using Bpm.Contracts.V1;

namespace Bpm.AgencySimulator.Journal;

/// <summary>One request the simulator received (once per message id), how often it was delivered, and its reply.</summary>
public sealed class SimulatorEntry(AgencyMessage request, string name, DateTimeOffset receivedAt)
{
    private readonly Lock gate = new();
    private int deliveries = 1;

    public AgencyMessage Request { get; } = request;

    public string Name { get; } = name;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    public int Deliveries { get { lock (gate) return deliveries; } }

    /// <summary>The reply, composed once; it keeps its message id when it has to be sent again.</summary>
    public AgencyMessage? Reply { get; private set; }

    public bool ReplySent { get; private set; }

    internal void CountDelivery() { lock (gate) deliveries++; }

    internal AgencyMessage? ReplyOnce(Func<AgencyMessage?> compose)
    {
        lock (gate) return Reply ??= compose();
    }

    internal void MarkReplySent() { lock (gate) ReplySent = true; }
}
