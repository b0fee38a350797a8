using Bpm.Bus.Configuration;
using Bpm.Contracts.V1;
using Bpm.Engine.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Bpm.Bus.Outbox;

/// <summary>Publishes an outbox message as its contract type, durable, with the outbox message id as the MassTransit message
/// id (a redelivery carries the same id). Waits at most <see cref="BusOptions.SendTimeout"/> for the broker, then throws so
/// that the outbox dispatcher retries later.</summary>
internal sealed class MassTransitOutboxTransport(IBus bus, IOptions<BusOptions> options) : IOutboxTransport
{
    public async Task SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var contract = MessageCatalog.Find(message.MessageName)
            ?? throw new InvalidOperationException($"'{message.MessageName}' is not a message of the contract catalogue");
        var body = MessageCatalog.Deserialize(contract, message.Payload);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.SendTimeout);
        try
        {
            await bus.Publish(body, contract.Type, Pipe.Execute<PublishContext>(context =>
            {
                context.MessageId = message.MessageId;
                context.Durable = true;
            }), timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The bus did not accept {message.MessageName} {message.MessageId} within {options.Value.SendTimeout.TotalSeconds:0.#} s");
        }
    }
}
