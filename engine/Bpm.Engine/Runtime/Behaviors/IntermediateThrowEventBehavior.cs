using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

internal sealed class IntermediateThrowEventBehavior : IElementBehavior
{
    public async Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        var node = (IntermediateThrowEvent)instance.NodeOf(element);
        switch (node.Event?.Kind)
        {
            case EventKind.Escalation:
                await step.ThrowEscalationAsync(instance, element, node.Event.Code);
                if (instance.Find(element.Key) is not null) step.Complete(instance, element);
                break;
            case EventKind.Link:
                await step.ThrowLinkAsync(instance, element, node);
                break;
            case EventKind.Message when node.TaskDefinition is { } definition:
                await step.RunTaskDefinitionAsync(instance, element, node, definition);
                break;
            default:
                step.Complete(instance, element);
                break;
        }
    }
}
