using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Messaging;
using Bpm.Engine.Messaging.Store;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Correlates a message to what waits for it: per process (bpmnProcessId) the oldest waiting subscription, else
    /// its message start event; at most once per process, skipping <paramref name="excludedProcesses"/> (already correlated).
    /// A keyed message start is skipped while an instance it started with the same key is active.
    /// Returns the keys of the instances resumed or started. A <paramref name="stored"/> message records each correlation; a known
    /// <paramref name="sender"/> goes into the history of each instance the message reached.</summary>
    public async Task<List<long>> CorrelateMessageAsync(string name, string? correlationKey, JsonObject variables, MessageEntity? stored,
        IReadOnlySet<string>? excludedProcesses = null, MessageSender? sender = null)
    {
        var store = Context.Messages;
        var targets = await store.WaitingAsync(name, correlationKey, Cancellation);
        var done = new HashSet<string>(excludedProcesses ?? new HashSet<string>(), StringComparer.Ordinal);
        var correlated = new List<long>();
        foreach (var target in targets)
        {
            if (done.Contains(target.BpmnProcessId)) continue;
            long? instanceKey;
            if (target.IsStartEvent)
            {
                if (!string.IsNullOrEmpty(correlationKey)
                    && await store.ActiveStartKeyExistsAsync(target.BpmnProcessId, correlationKey, Cancellation)) continue;
                var definition = await Context.Models.GetAsync(target.Subscription.ProcessDefinitionKey!.Value, Cancellation);
                instanceKey = StartByMessage(definition, target.Subscription, correlationKey, variables, name, sender);
            }
            else
            {
                instanceKey = await ResumeByMessageAsync(target.Subscription, variables, name, sender);
            }
            if (instanceKey is not { } key) continue;
            done.Add(target.BpmnProcessId);
            correlated.Add(key);
            if (stored is not null)
                Changes.InsertedCorrelations.Add(new MessageCorrelationEntity
                {
                    Key = Context.Keys.Next(), MessageKey = stored.Key, BpmnProcessId = target.BpmnProcessId,
                    ProcessInstanceKey = key, CorrelatedAt = Now,
                });
        }
        return correlated;
    }

    /// <summary>Keeps a published message for its time-to-live (and its id for idempotency).</summary>
    public MessageEntity StoreMessage(PublishMessageCommand command, JsonObject variables)
    {
        var message = new MessageEntity
        {
            Key = Context.Keys.Next(),
            Name = command.Name,
            CorrelationKey = command.CorrelationKey,
            MessageId = command.MessageId,
            Variables = variables.ToJsonString(),
            CreatedAt = Now,
            ExpiresAt = Now + command.TimeToLive,
            SenderClient = command.Sender?.Client,
            SenderOrganisation = command.Sender?.Organisation,
        };
        Changes.InsertedMessages.Add(message);
        return message;
    }

    public static JsonObject VariablesOf(MessageEntity message) =>
        JsonNode.Parse(message.Variables) as JsonObject ?? throw new JsonException($"message {message.Key} has no variables object");

    private async Task<long?> ResumeByMessageAsync(SubscriptionEntity subscription, JsonObject variables, string name, MessageSender? sender)
    {
        var instance = await LoadAsync(subscription.ProcessInstanceKey);
        // A subscription this step already fired (or whose element it ended) cannot take a second message.
        if (!Holds(instance, subscription) || Changes.DeletedSubscriptionKeys.Contains(subscription.Key)) return null;
        RecordReceived(instance, subscription.ElementId, name, sender);
        await TriggerAsync(instance, subscription, variables.DeepClone().AsObject());
        return instance.Key;
    }

    public long StartByMessage(CachedDefinition definition, SubscriptionEntity start, string? correlationKey, JsonObject variables,
        string? name = null, MessageSender? sender = null)
    {
        var keyed = string.IsNullOrEmpty(correlationKey) ? null : correlationKey;
        var instance = CreateInstance(definition, keyed, null);
        instance.Entity.StartCorrelationKey = keyed;
        var node = (StartEvent)instance.Model.Node(start.ElementId);
        if (name is not null) RecordReceived(instance, start.ElementId, name, sender);
        Subscriptions.OpenEventSubProcessSubscriptions(instance, instance.Model, instance.Key);
        Enqueue(new ActivateWork(instance, node, instance.Key, null, variables.DeepClone().AsObject()));
        return instance.Key;
    }

    /// <summary>Who sent the message that reached the instance, when the sender is known.</summary>
    private void RecordReceived(InstanceExecution instance, string elementId, string name, MessageSender? sender)
    {
        if (sender is null) return;
        Record(instance, HistoryEvents.MessageReceived, elementId, null, null, name,
            new JsonObject { ["senderClient"] = sender.Client, ["senderOrganisation"] = sender.Organisation });
    }

    /// <summary>What buffered messages may now correlate after this step commits: the instance message subscriptions it
    /// opened, and the keys of keyed message-start instances it ended (a waiting message may start the next one).</summary>
    public List<MessageProbe> BufferedMessageProbes()
    {
        var probes = new List<MessageProbe>();
        foreach (var subscription in Changes.InsertedSubscriptions)
            if (subscription is { Kind: "MESSAGE", ProcessDefinitionKey: null })
                probes.Add(new MessageProbe(subscription.Name, subscription.CorrelationKey));
        foreach (var instance in _instances.Values)
            if (!instance.IsActive && instance.Entity.StartCorrelationKey is { } key)
                probes.Add(new MessageProbe(null, key));
        return probes;
    }
}
