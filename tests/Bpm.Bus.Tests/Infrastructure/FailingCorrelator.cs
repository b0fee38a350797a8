using System.Collections.Concurrent;
using Bpm.Engine.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>Decorates the engine's correlator: receiving a message fails for its first <see cref="FailFirst"/> attempts, so the
/// bus retries and finally moves it to the error queue.</summary>
public sealed class FailingCorrelator : IMessageCorrelator
{
    private IMessageCorrelator? engine;
    private readonly ConcurrentDictionary<Guid, int> attempts = new();

    public int FailFirst { get; set; }

    public int Attempts(Guid messageId) => attempts.GetValueOrDefault(messageId);

    public Task<InboundResult> ReceiveAsync(InboundMessage message, CancellationToken ct) =>
        attempts.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1) <= FailFirst
            ? throw new InvalidOperationException($"模拟故障: the inbox is unavailable (message {message.MessageId})")
            : Inner.ReceiveAsync(message, ct);

    public Task<PublishedMessage> PublishAsync(PublishMessageCommand command, CancellationToken ct) => Inner.PublishAsync(command, ct);

    public Task<long> CorrelateAsync(CorrelateMessageCommand command, CancellationToken ct) => Inner.CorrelateAsync(command, ct);

    public Task<IReadOnlyList<InboxEntry>> ParkedAsync(int max, CancellationToken ct) => Inner.ParkedAsync(max, ct);

    public Task<InboxEntry?> FindInboxEntryAsync(Guid messageId, CancellationToken ct) => Inner.FindInboxEntryAsync(messageId, ct);

    public Task<InboundResult> ReplayParkedAsync(Guid messageId, CancellationToken ct) => Inner.ReplayParkedAsync(messageId, ct);

    /// <summary>Wraps the registered correlator (the engine's) in DI with this decorator.</summary>
    public void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IMessageCorrelator));
        services.AddSingleton<IMessageCorrelator>(sp =>
        {
            engine = (IMessageCorrelator)registered.ImplementationFactory!(sp);
            return this;
        });
    }

    private IMessageCorrelator Inner => engine ?? throw new InvalidOperationException("not decorating yet");
}
