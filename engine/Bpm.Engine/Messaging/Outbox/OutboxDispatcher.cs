using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Time;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Messaging.Outbox;

/// <summary>Sends committed outbox messages through the <see cref="IOutboxTransport"/>, at least once: a message is marked
/// dispatched only after the transport accepted it, so a crash in between sends it again after restart (receivers dedupe
/// by message id). Messages of one instance go out in the order they were written; instances are sent side by side.
/// A failed attempt is retried with doubling back-off; after <c>MaxAttempts</c> an incident tells operators the broker
/// stays unreachable, retries continue, and the incident resolves itself when the message finally goes out.</summary>
internal sealed class OutboxDispatcher
{
    private const int ParallelInstances = 16;

    private readonly EngineContext _context;
    private readonly OutboxStore _store;
    private readonly IOutboxTransport _transport;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly SemaphoreSlim _wake = new(0, 1);

    public OutboxDispatcher(EngineContext context, OutboxStore store, IOutboxTransport transport, ILogger<OutboxDispatcher> logger)
    {
        _context = context;
        _store = store;
        _transport = transport;
        _logger = logger;
        context.OutboxWritten += Wake;
        if (context.Clock is ControllableClock clock) clock.Moved += Wake;
    }

    /// <summary>Sends every message due now, batch after batch; returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var options = _context.Options.Outbox;
        var delivered = 0;
        while (true)
        {
            var now = _context.Clock.GetUtcNow();
            var batch = await _store.ClaimDueAsync(_context.Options.NodeId, now, now + options.ClaimTimeout, options.BatchSize, ct);
            if (batch.Count == 0) return delivered;
            var lanes = batch.GroupBy(m => m.ProcessInstanceKey ?? -m.Id).ToList();
            using var gate = new SemaphoreSlim(ParallelInstances);
            var results = await Task.WhenAll(lanes.Select(async lane =>
            {
                await gate.WaitAsync(ct);
                try
                {
                    return await SendLaneAsync(lane.ToList(), ct);
                }
                finally
                {
                    gate.Release();
                }
            }));
            delivered += results.Sum();
            if (results.Sum() == 0) return delivered;
        }
    }

    /// <summary>Sends one instance's messages in order; stops at the first failure so a later message never overtakes it.</summary>
    private async Task<int> SendLaneAsync(List<OutboxMessageEntity> lane, CancellationToken ct)
    {
        var sent = 0;
        for (var i = 0; i < lane.Count; i++)
        {
            var message = lane[i];
            if (!await SendAsync(message, ct))
            {
                // The rest wait for it: the claim query skips them until the earlier message is delivered.
                var later = lane.Skip(i + 1).Select(m => m.Id).ToList();
                if (later.Count > 0) await _store.ReleaseAsync(later, CancellationToken.None);
                return sent;
            }
            sent++;
        }
        return sent;
    }

    private async Task<bool> SendAsync(OutboxMessageEntity message, CancellationToken ct)
    {
        var options = _context.Options.Outbox;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.SendTimeout);
            await _transport.SendAsync(new OutboundMessage(message.Id, message.MessageId, message.MessageType, message.Payload,
                message.ProcessInstanceKey, message.CreatedAt, message.Attempts), timeout.Token);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            await FailAsync(message, ex is OperationCanceledException ? $"消息总线在 {options.SendTimeout} 内未接收该消息" : ex.Message);
            return false;
        }
        await _store.MarkDispatchedAsync(message, _context.Clock.GetUtcNow(), CancellationToken.None);
        return true;
    }

    private async Task FailAsync(OutboxMessageEntity message, string error)
    {
        var options = _context.Options.Outbox;
        var now = _context.Clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var backoff = TimeSpan.FromTicks((long)Math.Min(options.RetryBackoff.Ticks * factor, options.RetryBackoffMax.Ticks));
        IncidentEntity? incident = null;
        if (attempts >= options.MaxAttempts && message.IncidentKey is null && message.ProcessInstanceKey is { } instanceKey)
            incident = new IncidentEntity
            {
                Key = _context.Keys.Next(),
                ProcessInstanceKey = instanceKey,
                ElementInstanceKey = message.ElementInstanceKey ?? 0,
                ElementId = message.ElementId ?? "",
                ErrorType = IncidentTypes.MessageDispatch,
                ErrorMessage = IncidentMessage.For(await ModelOfAsync(instanceKey), message.ElementId ?? "",
                    $"消息「{message.MessageType}」（{message.MessageId}）尝试 {attempts} 次仍未发出：{error}；系统每隔 {options.RetryBackoffMax} 继续重发"),
                State = Persistence.States.IncidentState.Active,
                CreatedAt = now,
            };
        _logger.LogWarning("Outbox message {MessageId} ({Type}) attempt {Attempt} failed: {Error}", message.MessageId, message.MessageType, attempts, error);
        message.NextAttemptAt = now + backoff;
        await _store.MarkFailedAsync(message, error, now + backoff, incident, CancellationToken.None);
    }

    /// <summary>The model of the instance that wrote the message, to name its element in the incident; null when it is gone.</summary>
    private async Task<Model.ProcessModel?> ModelOfAsync(long instanceKey)
    {
        if (await _context.Store.FindInstanceAsync(instanceKey, CancellationToken.None) is not { } instance) return null;
        return (await _context.Models.GetAsync(instance.ProcessDefinitionKey, CancellationToken.None)).Model;
    }

    public Task<DateTimeOffset?> NextAttemptAtAsync(CancellationToken ct) => _store.NextAttemptAtAsync(ct);

    public Task ReleaseOwnClaimsAsync(CancellationToken ct) => _store.ReleaseClaimsAsync(_context.Options.NodeId, ct);

    public void Wake()
    {
        try
        {
            if (_wake.CurrentCount == 0) _wake.Release();
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SemaphoreFullException)
        {
        }
    }

    /// <summary>Sleeps for at most <paramref name="delay"/> (real time), or until a commit writes to the outbox.</summary>
    public Task SleepAsync(TimeSpan delay, CancellationToken ct) => _wake.WaitAsync(delay, ct);
}
