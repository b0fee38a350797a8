using Bpm.Bus.Configuration;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Bpm.Bus.ErrorQueue;

/// <summary>Browses the error queue by fetching messages unacknowledged and handing them back (requeue); replays by
/// publishing a copy without the fault headers to the input queue (publisher-confirmed) before acknowledging the original.</summary>
internal sealed class RabbitMqErrorQueue(IOptions<BusOptions> options) : IBusErrorQueue
{
    private const int NotFound = 404;

    public async Task<IReadOnlyList<ErrorQueueMessage>> ListAsync(int max, CancellationToken ct)
    {
        var found = new List<ErrorQueueMessage>();
        await WithErrorQueueAsync(async (channel, queue) =>
        {
            ulong last = 0;
            while (found.Count < max && await channel.BasicGetAsync(queue, autoAck: false, ct) is { } result)
            {
                found.Add(FaultHeaders.Describe(result.BasicProperties, result.Body, result.Redelivered));
                last = result.DeliveryTag;
            }
            if (last > 0) await channel.BasicNackAsync(last, multiple: true, requeue: true, ct);
        }, ct);
        return found;
    }

    public async Task<IReadOnlyList<Guid?>> ReplayAsync(Guid? messageId, CancellationToken ct)
    {
        var replayed = new List<Guid?>();
        var input = options.Value.InboundQueue;
        await WithErrorQueueAsync(async (channel, queue) =>
        {
            var kept = new List<ulong>();
            while (await channel.BasicGetAsync(queue, autoAck: false, ct) is { } result)
            {
                var id = Guid.TryParse(result.BasicProperties.MessageId, out var parsed) ? parsed : (Guid?)null;
                if (messageId is not null && id != messageId)
                {
                    kept.Add(result.DeliveryTag);
                    continue;
                }
                var properties = new BasicProperties(result.BasicProperties);
                properties.Headers = result.BasicProperties.Headers?
                    .Where(h => !FaultHeaders.IsFaultHeader(h.Key))
                    .ToDictionary(h => h.Key, h => h.Value);
                await channel.BasicPublishAsync("", input, mandatory: true, properties, result.Body, ct);
                await channel.BasicAckAsync(result.DeliveryTag, multiple: false, ct);
                replayed.Add(id);
            }
            foreach (var tag in kept) await channel.BasicNackAsync(tag, multiple: false, requeue: true, ct);
        }, ct);
        return replayed;
    }

    private async Task WithErrorQueueAsync(Func<IChannel, string, Task> work, CancellationToken ct)
    {
        await using var connection = await RabbitMqConnections.OpenAsync(options.Value.RabbitMq, ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        try
        {
            await work(channel, options.Value.InboundErrorQueue);
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == NotFound)
        {
            // No message has ever faulted: MassTransit creates the error queue on the first fault.
        }
    }
}
