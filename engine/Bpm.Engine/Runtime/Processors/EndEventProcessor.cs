using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Terminate end events first terminate everything else in their scope; error end events throw (an incident when
/// nobody catches); the rest as every throw event.</summary>
internal sealed class EndEventProcessor : ThrowingEventProcessor<EndEvent>
{
    protected override EventDefinition? EventOf(EndEvent node) => node.Event;

    protected override async Task ActivateAsync(BpmnElementContext context, EndEvent node)
    {
        var (behaviors, instance, element) = context;
        switch (node.Event?.Kind)
        {
            case EventKind.Terminate:
                await behaviors.Flow.TerminateChildrenAsync(instance, element.ScopeKey, except: element);
                behaviors.Flow.Complete(instance, element);
                break;
            case EventKind.Error:
                if (!await behaviors.Events.ThrowErrorAsync(instance, element, node.Event.Code, null))
                    throw new IncidentException(IncidentTypes.UnhandledError, $"抛出的错误「{node.Event.Code}」没有被捕获");
                break;
            default:
                await ThrowAsync(context, node, node.Event, node.TaskDefinition);
                break;
        }
    }
}
