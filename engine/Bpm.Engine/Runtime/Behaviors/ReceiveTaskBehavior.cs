using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

internal sealed class ReceiveTaskBehavior : IElementBehavior
{
    public Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        var node = (TaskNode)instance.NodeOf(element);
        if (element.TriggerVariables is not null || node.Message is null) step.Complete(instance, element);
        else step.OpenSubscription(instance, element, node, node.Message, interrupting: true);
        return Task.CompletedTask;
    }
}
