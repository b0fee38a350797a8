using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Business rule tasks: evaluate the zeebe:calledDecision decision in the step, then complete.</summary>
internal sealed class BusinessRuleTaskProcessor : BpmnElementProcessor<TaskNode>
{
    protected override async Task ActivateAsync(BpmnElementContext context, TaskNode node)
    {
        var (behaviors, instance, element) = context;
        await behaviors.Decisions.EvaluateCalledDecisionAsync(instance, element, node);
        behaviors.Flow.Complete(instance, element);
    }
}
