namespace Bpm.Engine.Messaging.Outbox;

/// <summary>The transport when no bus is configured (the engine alone): every attempt fails, so messages stay in the outbox
/// with the reason until a node with a bus sends them. Nothing is dropped.</summary>
internal sealed class UndeliverableOutboxTransport : IOutboxTransport
{
    public Task SendAsync(OutboundMessage message, CancellationToken ct) =>
        throw new InvalidOperationException("no message bus is configured on this node (register an IOutboxTransport, e.g. AddBpmBus)");
}
