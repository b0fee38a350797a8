using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Messaging.Store;

/// <summary>A subscription a message can correlate to, with the process it belongs to (an instance's, or the definition's
/// for a message start event).</summary>
internal sealed record MessageTarget(SubscriptionEntity Subscription, string BpmnProcessId)
{
    public bool IsStartEvent => Subscription.ProcessDefinitionKey is not null;
}
