using System.Collections.Concurrent;
using Bpm.Engine.Messaging;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>An outbox transport that records what it was given; while <see cref="Failing"/> is set it refuses every message.</summary>
public sealed class RecordingTransport : IOutboxTransport
{
    private readonly ConcurrentQueue<OutboundMessage> _sent = new();
    private int _attempts;

    public bool Failing { get; set; }
    public IReadOnlyList<OutboundMessage> Sent => _sent.ToList();
    public int Attempts => _attempts;

    public Task SendAsync(OutboundMessage message, CancellationToken ct)
    {
        Interlocked.Increment(ref _attempts);
        if (Failing) throw new InvalidOperationException("broker unreachable");
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
