using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>An embedded sub-process starts at its none start event; an event sub-process at its (already triggered) start
/// event. It completes when nothing is left inside (StepExecution.CheckScopeAsync).</summary>
internal sealed class SubProcessProcessor : BpmnElementProcessor<SubProcessNode>
{
    protected override Task ActivateAsync(BpmnElementContext context, SubProcessNode node)
    {
        var (behaviors, instance, element) = context;
        if (node.TriggeredByEvent)
        {
            var trigger = element.TriggerVariables ?? [];
            element.TriggerVariables = null;
            behaviors.Flow.Enqueue(new ActivateWork(instance, node.TriggerStart!, element.Key, null, trigger));
        }
        else
        {
            behaviors.Flow.StartScope(instance, node, element.Key);
        }
        return Task.CompletedTask;
    }
}
