using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>What end and intermediate throw events share: an escalation is thrown and the event goes on (unless the catch
/// terminated it), a message event with a task definition runs its activity, a none event passes.</summary>
internal abstract class ThrowingEventProcessor<TNode> : BpmnElementProcessor<TNode> where TNode : FlowNode
{
    /// <summary>The event definition the node throws (none for a plain event).</summary>
    protected abstract EventDefinition? EventOf(TNode node);

    public override bool SendsMessages(FlowNode node) => EventOf((TNode)node)?.Kind == EventKind.Message;

    protected static async Task ThrowAsync(BpmnElementContext context, TNode node, EventDefinition? definition, TaskDefinition? taskDefinition)
    {
        var (behaviors, instance, element) = context;
        switch (definition?.Kind)
        {
            case EventKind.Escalation:
                await behaviors.Events.ThrowEscalationAsync(instance, element, definition.Code);
                if (instance.Find(element.Key) is not null) behaviors.Flow.Complete(instance, element);
                break;
            case EventKind.Message when taskDefinition is not null:
                await behaviors.Jobs.RunTaskDefinitionAsync(instance, element, node, taskDefinition);
                break;
            default:
                behaviors.Flow.Complete(instance, element);
                break;
        }
    }
}
