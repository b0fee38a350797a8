using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Waits for its message; one reached through an event-based gateway has already received it.</summary>
internal sealed class ReceiveTaskProcessor : BpmnElementProcessor<TaskNode>
{
    protected override Task ActivateAsync(BpmnElementContext context, TaskNode node)
    {
        if (context.Element.TriggerVariables is not null || node.Message is null) context.Behaviors.Flow.Complete(context.Instance, context.Element);
        else context.Behaviors.Subscriptions.OpenSubscription(context.Instance, context.Element, node, node.Message, interrupting: true);
        return Task.CompletedTask;
    }
}
