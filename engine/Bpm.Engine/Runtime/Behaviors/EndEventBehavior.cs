using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

internal sealed class EndEventBehavior : IElementBehavior
{
    public async Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        var node = (EndEvent)instance.NodeOf(element);
        switch (node.Event?.Kind)
        {
            case EventKind.Terminate:
                await step.TerminateChildrenAsync(instance, element.ScopeKey, except: element);
                step.Complete(instance, element);
                break;
            case EventKind.Error:
                if (!await step.ThrowErrorAsync(instance, element, node.Event.Code, null))
                    throw new IncidentException(IncidentTypes.UnhandledError, $"error '{node.Event.Code}' thrown by end event '{node.Id}' was not caught");
                break;
            case EventKind.Escalation:
                await step.ThrowEscalationAsync(instance, element, node.Event.Code);
                if (instance.Find(element.Key) is not null) step.Complete(instance, element);
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
