namespace Bpm.Bus.ErrorQueue;

/// <summary>The engine inbound queue's error queue: read without consuming, and move messages back to the input queue.
/// Registered only for a transport with a durable error queue (RabbitMQ).</summary>
public interface IBusErrorQueue
{
    Task<IReadOnlyList<ErrorQueueMessage>> ListAsync(int max, CancellationToken ct);

    /// <summary>Moves every message (or the one with <paramref name="messageId"/>) back to the input queue; returns their ids.</summary>
    Task<IReadOnlyList<Guid?>> ReplayAsync(Guid? messageId, CancellationToken ct);
}
