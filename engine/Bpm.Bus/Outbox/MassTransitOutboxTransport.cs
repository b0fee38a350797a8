using Bpm.Contracts.V1;
using Bpm.Engine.Messaging;
using MassTransit;

namespace Bpm.Bus.Outbox;

/// <summary>Publishes an outbox message as its contract type, durable, with the outbox message id as the MassTransit message
/// id (a redelivery carries the same id). The dispatcher's token bounds the wait for the broker
/// (<c>Bpm:Engine:Outbox:SendTimeout</c>); a send it cancels counts as failed and is retried later.</summary>
internal sealed class MassTransitOutboxTransport(IBus bus) : IOutboxTransport
{
    public async Task SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var contract = MessageCatalog.Find(message.MessageName)
            ?? throw new InvalidOperationException($"'{message.MessageName}' is not a message of the contract catalogue");
        var body = MessageCatalog.Deserialize(contract, message.Payload);

        await bus.Publish(body, contract.Type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = message.MessageId;
            context.Durable = true;
        }), ct);
    }
}
