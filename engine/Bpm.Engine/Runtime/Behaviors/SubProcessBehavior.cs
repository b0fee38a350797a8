using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>An embedded sub-process starts at its none start event; an event sub-process at its (already triggered) start event.</summary>
internal sealed class SubProcessBehavior : IElementBehavior
{
    public Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        var node = (SubProcessNode)instance.NodeOf(element);
        if (node.TriggeredByEvent)
        {
            var trigger = element.TriggerVariables ?? [];
            element.TriggerVariables = null;
            step.Enqueue(new ActivateWork(instance, node.TriggerStart!, element.Key, null, trigger));
        }
        else
        {
            step.StartScope(instance, node, element.Key);
        }
        return Task.CompletedTask;
    }
}
