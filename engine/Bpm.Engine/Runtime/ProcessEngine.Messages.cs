using System.Text.Json.Nodes;
using Bpm.Engine.Messaging;
using Bpm.Engine.Messaging.Store;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Runtime;

/// <summary>Message correlation: publish (buffered for its time-to-live, idempotent by message id), correlate (synchronous,
/// never buffered) and receive from other systems (idempotent through the inbox, parked when nothing waits).</summary>
internal sealed partial class ProcessEngine
{
    private const int MaxMessageIdLength = 200;

    public async Task<PublishedMessage> PublishAsync(PublishMessageCommand command, CancellationToken ct)
    {
        Validate(command.Name, command.CorrelationKey);
        if (command.TimeToLive < TimeSpan.Zero) throw new InvalidCommandException("消息有效期 timeToLive 不能为负", "timeToLive");
        CheckIncoming(command.Variables);
        if (command.MessageId is { } id && (id.Length == 0 || id.Length > MaxMessageIdLength))
            throw new InvalidCommandException($"消息编号 messageId 须为 1 到 {MaxMessageIdLength} 个字符", "messageId");
        var variables = command.Variables?.DeepClone().AsObject() ?? [];
        MessageEntity? stored = null;
        var published = await RunStepAsync(async step =>
        {
            if (command.MessageId is { } messageId && await context.Messages.FindByMessageIdAsync(messageId, ct) is { } earlier)
                return new PublishedMessage(earlier.Key, [], Duplicate: true);
            stored = command.TimeToLive > TimeSpan.Zero || command.MessageId is not null ? step.StoreMessage(command, variables) : null;
            var keys = await step.CorrelateMessageAsync(command.Name, command.CorrelationKey, variables, stored, sender: command.Sender);
            return new PublishedMessage(stored?.Key ?? context.Keys.Next(), keys, Duplicate: false);
        }, ct);
        // A subscription that opened while this step ran did not see the message, nor the message it: look once more.
        if (!published.Duplicate && stored is not null && command.TimeToLive > TimeSpan.Zero)
            await CorrelateStoredMessageAsync(stored, ct);
        return published;
    }

    public async Task<long> CorrelateAsync(CorrelateMessageCommand command, CancellationToken ct)
    {
        Validate(command.Name, command.CorrelationKey);
        CheckIncoming(command.Variables);
        var variables = command.Variables?.DeepClone().AsObject() ?? [];
        var keys = await RunStepAsync(step => step.CorrelateMessageAsync(command.Name, command.CorrelationKey, variables, null, sender: command.Sender), ct);
        return keys.Count > 0
            ? keys[0]
            : throw new EngineNotFoundException($"没有等待消息「{command.Name}」（关联键「{command.CorrelationKey}」）的流程");
    }

    public Task<InboundResult> ReceiveAsync(InboundMessage message, CancellationToken ct)
    {
        Validate(message.Name, message.CorrelationKey);
        if (message.MessageId == Guid.Empty) throw new InvalidCommandException("缺少消息编号 messageId", "messageId");
        CheckIncoming(message.Variables);
        return RunStepAsync(async step =>
        {
            if (await context.Messages.FindInboxAsync(message.MessageId, ct) is not null)
                return new InboundResult(InboundOutcome.Duplicate, [], null);
            var keys = await step.CorrelateMessageAsync(message.Name, message.CorrelationKey, message.Variables, null, sender: message.Sender);
            var reason = keys.Count > 0 ? null : await ParkReasonAsync(message.Name, message.CorrelationKey, ct);
            step.Changes.InsertedInbox.Add(new InboxMessageEntity
            {
                MessageId = message.MessageId,
                Name = message.Name,
                CorrelationKey = message.CorrelationKey,
                Source = message.Source,
                SenderClient = message.SenderClient,
                State = keys.Count > 0 ? InboxMessageState.Correlated : InboxMessageState.Parked,
                Reason = reason,
                ProcessInstanceKeys = string.Join(',', keys),
                Variables = message.Variables.ToJsonString(),
                ReceivedAt = step.Now,
                CorrelatedAt = keys.Count > 0 ? step.Now : null,
                Attempts = 1,
            });
            return new InboundResult(keys.Count > 0 ? InboundOutcome.Correlated : InboundOutcome.Parked, keys, reason);
        }, ct);
    }

    public Task<InboundResult> RefuseAsync(InboundMessage message, string reason, CancellationToken ct)
    {
        Validate(message.Name, message.CorrelationKey);
        if (message.MessageId == Guid.Empty) throw new InvalidCommandException("缺少消息编号 messageId", "messageId");
        return RunStepAsync(async step =>
        {
            if (await context.Messages.FindInboxAsync(message.MessageId, ct) is not null)
                return new InboundResult(InboundOutcome.Duplicate, [], null);
            step.Changes.InsertedInbox.Add(new InboxMessageEntity
            {
                MessageId = message.MessageId, Name = message.Name, CorrelationKey = message.CorrelationKey,
                Source = message.Source, SenderClient = message.SenderClient, State = InboxMessageState.Refused, Reason = reason,
                ProcessInstanceKeys = "", Variables = message.Variables.ToJsonString(), ReceivedAt = step.Now, Attempts = 0,
            });
            return new InboundResult(InboundOutcome.Refused, [], reason);
        }, ct);
    }

    public async Task<IReadOnlyList<InboxEntry>> ParkedAsync(int max, CancellationToken ct) =>
        (await context.Messages.ParkedAsync(Math.Clamp(max, 1, 1000), ct)).Select(ToEntry).ToList();

    public async Task<InboxEntry?> FindInboxEntryAsync(Guid messageId, CancellationToken ct) =>
        await context.Messages.FindInboxAsync(messageId, ct) is { } entry ? ToEntry(entry) : null;

    public Task<InboundResult> ReplayParkedAsync(Guid messageId, CancellationToken ct) =>
        RunStepAsync(async step =>
        {
            var entry = await context.Messages.FindInboxAsync(messageId, ct)
                ?? throw new EngineNotFoundException($"没有收到过编号为 {messageId} 的消息");
            if (entry.State == InboxMessageState.Refused)
                return new InboundResult(InboundOutcome.Refused, [], entry.Reason);
            if (entry.State != InboxMessageState.Parked)
                return new InboundResult(InboundOutcome.Correlated, Keys(entry.ProcessInstanceKeys), null);
            var variables = JsonNode.Parse(entry.Variables)?.AsObject() ?? [];
            var sender = entry.SenderClient is null && entry.Source is null ? null : new MessageSender(entry.SenderClient ?? "bus", entry.Source);
            var keys = await step.CorrelateMessageAsync(entry.Name, entry.CorrelationKey, variables, null, sender: sender);
            entry.Attempts += 1;
            if (keys.Count > 0)
            {
                entry.State = InboxMessageState.Correlated;
                entry.Reason = null;
                entry.ProcessInstanceKeys = string.Join(',', keys);
                entry.CorrelatedAt = step.Now;
            }
            else
            {
                entry.Reason = await ParkReasonAsync(entry.Name, entry.CorrelationKey, ct);
            }
            step.Changes.Track(entry);
            return new InboundResult(keys.Count > 0 ? InboundOutcome.Correlated : InboundOutcome.Parked, keys, entry.Reason);
        }, ct);

    /// <summary>Correlates a buffered message to whatever now waits for it in processes it has not correlated to yet.</summary>
    internal Task<List<long>> CorrelateStoredMessageAsync(MessageEntity message, CancellationToken ct) =>
        RunStepAsync(async step =>
        {
            if (message.ExpiresAt <= step.Now) return [];
            var excluded = await context.Messages.CorrelatedProcessesAsync(message.Key, ct);
            var sender = message.SenderClient is null ? null : new MessageSender(message.SenderClient, message.SenderOrganisation);
            return await step.CorrelateMessageAsync(message.Name, message.CorrelationKey, Execution.StepExecution.VariablesOf(message), message, excluded, sender);
        }, ct);

    /// <summary>After a commit that opened message subscriptions (or ended a keyed message-start instance): buffered
    /// messages correlate now, first published first. A failure here loses nothing; the message sweep tries again.</summary>
    private async Task CorrelateBufferedAsync(List<MessageProbe> probes, CancellationToken ct)
    {
        try
        {
            var messages = await context.Messages.BufferedForAsync(probes, context.Clock.GetUtcNow(), ct);
            foreach (var message in messages)
                await CorrelateStoredMessageAsync(message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.Logger.LogWarning(ex, "Correlating buffered messages after a commit failed; the message sweep will retry");
        }
    }

    private async Task<string> ParkReasonAsync(string name, string correlationKey, CancellationToken ct) =>
        await context.Messages.ActiveBusinessKeyExistsAsync(correlationKey, ct)
            ? $"没有流程在等待关联键为「{correlationKey}」的消息「{name}」：该案件的在办实例当前不在等待此消息"
            : $"没有流程在等待关联键为「{correlationKey}」的消息「{name}」：没有业务键为「{correlationKey}」的在办实例（未知案件）";

    private static void Validate(string? name, string? correlationKey)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InvalidCommandException("缺少消息名称 name", "name");
        if (correlationKey is { Length: > 1000 }) throw new InvalidCommandException("关联键 correlationKey 最多 1000 个字符", "correlationKey");
    }

    private static InboxEntry ToEntry(InboxMessageEntity e) =>
        new(e.MessageId, e.Name, e.CorrelationKey, e.Source, StateText<InboxMessageState>.Of(e.State), e.Reason, Keys(e.ProcessInstanceKeys),
            JsonNode.Parse(e.Variables)?.AsObject() ?? [], e.ReceivedAt, e.CorrelatedAt);

    private static List<long> Keys(string keys) =>
        keys.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
}
