using Bpm.Bus.Senders;
using Bpm.Contracts.V1;
using Bpm.Engine.Messaging;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Bpm.Bus.Inbound;

/// <summary>Hands an agency message to the engine. The engine's inbox dedupes by message id in the same transaction as the
/// correlation, so a redelivery is harmless; an exception makes MassTransit retry and finally move it to the error queue.
/// A message from a sender that may not send it (<see cref="AgencySenderRules"/>) is kept as refused, never correlated.</summary>
public sealed class AgencyReplyConsumer<TMessage>(IMessageCorrelator correlator, AgencySenderRules senders,
    ILogger<AgencyReplyConsumer<TMessage>> logger)
    : IConsumer<TMessage> where TMessage : AgencyMessage
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var inbound = InboundMessageMapper.ToInbound(context.Message, context.SourceAddress);
        var refusal = senders.BusProblem(inbound.Name, context.Message.Sender.CreditCode, context.SourceAddress);
        var result = refusal is null
            ? await correlator.ReceiveAsync(inbound, context.CancellationToken)
            : await correlator.RefuseAsync(inbound, refusal, context.CancellationToken);
        switch (result.Outcome)
        {
            case InboundOutcome.Correlated:
                logger.LogInformation("{MessageName} {MessageId} for case {CaseNumber} correlated to {Instances}",
                    inbound.Name, inbound.MessageId, inbound.CorrelationKey, string.Join(",", result.ProcessInstanceKeys));
                break;
            case InboundOutcome.Duplicate:
                logger.LogInformation("{MessageName} {MessageId} was received before; ignored", inbound.Name, inbound.MessageId);
                break;
            case InboundOutcome.Refused:
                logger.LogWarning("{MessageName} {MessageId} for case {CaseNumber} from {Sender} via {Source} refused: {Reason}",
                    inbound.Name, inbound.MessageId, inbound.CorrelationKey, inbound.Source, inbound.SenderClient, result.Reason);
                break;
            case InboundOutcome.Parked:
                logger.LogWarning("{MessageName} {MessageId} for case {CaseNumber} parked: {Reason}",
                    inbound.Name, inbound.MessageId, inbound.CorrelationKey, result.Reason);
                break;
        }
    }
}
