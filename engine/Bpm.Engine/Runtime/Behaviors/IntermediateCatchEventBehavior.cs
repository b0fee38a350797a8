using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Message and timer catch events wait on a bookmark; one reached through an event-based gateway or a link has
/// already been triggered and completes at once.</summary>
internal sealed class IntermediateCatchEventBehavior : IElementBehavior
{
    public Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        var node = (IntermediateCatchEvent)instance.NodeOf(element);
        if (element.TriggerVariables is not null || node.Event.Kind is not (EventKind.Message or EventKind.Timer))
            step.Complete(instance, element);
        else
            step.OpenSubscription(instance, element, node, node.Event, interrupting: true);
        return Task.CompletedTask;
    }
}
