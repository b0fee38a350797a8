using Bpm.Contracts.V1;
using Bpm.Engine.Messaging;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Bpm.Bus.Inbound;

/// <summary>Hands an agency message to the engine. The engine's inbox dedupes by message id in the same transaction as the
/// correlation, so a redelivery is harmless; an exception makes MassTransit retry and finally move it to the error queue.</summary>
public sealed class AgencyReplyConsumer<TMessage>(IMessageCorrelator correlator, ILogger<AgencyReplyConsumer<TMessage>> logger)
    : IConsumer<TMessage> where TMessage : AgencyMessage
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var inbound = InboundMessageMapper.ToInbound(context.Message);
        var result = await correlator.ReceiveAsync(inbound, context.CancellationToken);
        switch (result.Outcome)
        {
            case InboundOutcome.Correlated:
                logger.LogInformation("{MessageName} {MessageId} for case {CaseNumber} correlated to {Instances}",
                    inbound.Name, inbound.MessageId, inbound.CorrelationKey, string.Join(",", result.ProcessInstanceKeys));
                break;
            case InboundOutcome.Duplicate:
                logger.LogInformation("{MessageName} {MessageId} was received before; ignored", inbound.Name, inbound.MessageId);
                break;
            case InboundOutcome.Parked:
                logger.LogWarning("{MessageName} {MessageId} for case {CaseNumber} parked: {Reason}",
                    inbound.Name, inbound.MessageId, inbound.CorrelationKey, result.Reason);
                break;
        }
    }
}
