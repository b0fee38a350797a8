using Bpm.AgencySimulator.Agencies;
using Bpm.AgencySimulator.Hosting;
using Bpm.AgencySimulator.Journal;
using Bpm.Contracts.V1;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bpm.AgencySimulator.Consumers;

/// <summary>Receives a request as the agency it is addressed to would: records it once per message id and answers once.
/// A redelivery whose reply was already sent is only counted; one whose reply failed to go out sends the same reply
/// (same message id) again.</summary>
public sealed class SimulatedAgencyConsumer<TRequest>(SimulatorJournal journal, ReplyComposer composer,
    IOptions<AgencySimulatorOptions> options, ILogger<SimulatedAgencyConsumer<TRequest>> logger)
    : IConsumer<TRequest> where TRequest : AgencyMessage
{
    public async Task Consume(ConsumeContext<TRequest> context)
    {
        var (entry, first) = journal.Record(context.Message);
        if (!first && entry.ReplySent)
        {
            logger.LogInformation("Simulator: {MessageName} {MessageId} delivered again; already answered", entry.Name, context.Message.MessageId);
            return;
        }
        if (first && options.Value.ReplyDelay > TimeSpan.Zero)
            await Task.Delay(options.Value.ReplyDelay, context.CancellationToken);

        if (entry.ReplyOnce(() => composer.ReplyTo(context.Message)) is not { } reply) return;
        await context.Publish(reply, reply.GetType(), Pipe.Execute<PublishContext>(c => c.MessageId = reply.MessageId),
            context.CancellationToken);
        entry.MarkReplySent();
        logger.LogInformation("Simulator: answered {MessageName} {MessageId} for case {CaseNumber} with {Reply}",
            entry.Name, context.Message.MessageId, context.Message.CaseNumber, MessageCatalog.Of(reply.GetType()).Name);
    }
}
