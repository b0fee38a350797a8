using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Link events jump to their catch event; the rest as every throw event.</summary>
internal sealed class IntermediateThrowEventProcessor : ThrowingEventProcessor<IntermediateThrowEvent>
{
    protected override EventDefinition? EventOf(IntermediateThrowEvent node) => node.Event;

    protected override Task ActivateAsync(BpmnElementContext context, IntermediateThrowEvent node) =>
        node.Event?.Kind == EventKind.Link
            ? context.Behaviors.Events.ThrowLinkAsync(context.Instance, context.Element, node)
            : ThrowAsync(context, node, node.Event, node.TaskDefinition);
}
