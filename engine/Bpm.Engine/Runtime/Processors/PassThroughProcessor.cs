using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Start events, boundary events (once triggered), manual and undefined tasks, and gateways: complete at once
/// (a gateway decides on completion, see its processor).</summary>
internal class PassThroughProcessor : BpmnElementProcessor<FlowNode>
{
    protected override Task ActivateAsync(BpmnElementContext context, FlowNode node)
    {
        context.Behaviors.Flow.Complete(context.Instance, context.Element);
        return Task.CompletedTask;
    }
}
