namespace Bpm.Engine.Messaging;

/// <summary>Delivers outbox messages to the bus. The outbox dispatcher calls it after the step that wrote the message has
/// committed, again after a failure (at least once), so receivers must dedupe by message id.
/// Throwing means "not delivered": the dispatcher retries with back-off and opens an incident after the configured attempts.</summary>
public interface IOutboxTransport
{
    Task SendAsync(OutboundMessage message, CancellationToken ct);
}
