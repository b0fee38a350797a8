using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Bookmarks for the processors; opening and firing them is still the step's (<c>StepExecution.Subscriptions.cs</c>).</summary>
internal sealed class SubscriptionBehavior(StepExecution step) : ISubscriptionBehavior
{
    public SubscriptionEntity? OpenSubscription(InstanceExecution instance, ElementInstance element, FlowNode eventNode, EventDefinition definition,
        bool interrupting) =>
        step.OpenSubscription(instance, element, eventNode, definition, interrupting);
}
