using System.Collections.Concurrent;
using Bpm.Engine.Messaging;

namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>A stand-in for the engine's correlator: records what the bus hands it, dedupes by message id, parks case numbers
/// starting with "UNKNOWN", and fails the first <see cref="FailFirst"/> attempts of every message (to drive retries and the
/// error queue).</summary>
public sealed class RecordingCorrelator : IMessageCorrelator
{
    private readonly ConcurrentDictionary<Guid, InboxEntry> inbox = new();
    private readonly ConcurrentDictionary<Guid, int> attempts = new();

    public ConcurrentQueue<InboundMessage> Received { get; } = new();

    /// <summary>Every outcome returned, in order.</summary>
    public ConcurrentQueue<(Guid MessageId, InboundOutcome Outcome)> Outcomes { get; } = new();

    public int FailFirst { get; set; }

    public int Attempts(Guid messageId) => attempts.GetValueOrDefault(messageId);

    public Task<InboundResult> ReceiveAsync(InboundMessage message, CancellationToken ct)
    {
        if (attempts.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1) <= FailFirst)
            throw new InvalidOperationException($"模拟故障: attempt {attempts[message.MessageId]} of {message.MessageId}");
        Received.Enqueue(message);
        var parked = message.CorrelationKey.StartsWith("UNKNOWN", StringComparison.Ordinal);
        var entry = new InboxEntry(message.MessageId, message.Name, message.CorrelationKey, message.Source, parked ? "PARKED" : "CORRELATED",
            parked ? "no instance waits" : null, parked ? [] : [1L], message.Variables, DateTimeOffset.UtcNow, null);
        var result = !inbox.TryAdd(message.MessageId, entry) ? new InboundResult(InboundOutcome.Duplicate, [], null)
            : parked ? new InboundResult(InboundOutcome.Parked, [], entry.Reason)
            : new InboundResult(InboundOutcome.Correlated, [1L], null);
        Outcomes.Enqueue((message.MessageId, result.Outcome));
        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<InboxEntry>> ParkedAsync(int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<InboxEntry>>(inbox.Values.Where(e => e.State == "PARKED").Take(max).ToList());

    public Task<InboxEntry?> FindInboxEntryAsync(Guid messageId, CancellationToken ct) => Task.FromResult(inbox.GetValueOrDefault(messageId));

    public Task<InboundResult> ReplayParkedAsync(Guid messageId, CancellationToken ct)
    {
        var entry = inbox[messageId];
        inbox[messageId] = entry with { State = "CORRELATED", Reason = null, ProcessInstanceKeys = [2L] };
        return Task.FromResult(new InboundResult(InboundOutcome.Correlated, [2L], null));
    }

    public Task<PublishedMessage> PublishAsync(PublishMessageCommand command, CancellationToken ct) => throw new NotSupportedException();

    public Task<long> CorrelateAsync(CorrelateMessageCommand command, CancellationToken ct) => throw new NotSupportedException();
}
