namespace Bpm.Engine.Messaging;

/// <summary>Inbound messages: publish (buffered, idempotent by id), correlate (synchronous), and receive from the bus
/// (idempotent by message id through the inbox; unmatched messages are parked with the reason and can be replayed).</summary>
public interface IMessageCorrelator
{
    Task<PublishedMessage> PublishAsync(PublishMessageCommand command, CancellationToken ct);
    /// <summary>Returns the key of the instance the message resumed or started; <see cref="Runtime.EngineNotFoundException"/>
    /// when no subscription waits for it.</summary>
    Task<long> CorrelateAsync(CorrelateMessageCommand command, CancellationToken ct);
    Task<InboundResult> ReceiveAsync(InboundMessage message, CancellationToken ct);
    /// <summary>Keeps a message whose sender may not send it, with the reason, without correlating it (idempotent by id).</summary>
    Task<InboundResult> RefuseAsync(InboundMessage message, string reason, CancellationToken ct) =>
        Task.FromResult(new InboundResult(InboundOutcome.Refused, [], reason));
    Task<IReadOnlyList<InboxEntry>> ParkedAsync(int max, CancellationToken ct);
    Task<InboxEntry?> FindInboxEntryAsync(Guid messageId, CancellationToken ct);
    /// <summary>Tries a parked message again (the case may have reached its wait state by now).</summary>
    Task<InboundResult> ReplayParkedAsync(Guid messageId, CancellationToken ct);
}
