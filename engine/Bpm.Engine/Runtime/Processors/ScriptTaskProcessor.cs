using Bpm.Engine.Expressions;
using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Evaluates the zeebe:script FEEL expression and stores the result in resultVariable.</summary>
internal sealed class ScriptTaskProcessor : BpmnElementProcessor<TaskNode>
{
    protected override Task ActivateAsync(BpmnElementContext context, TaskNode node)
    {
        var (behaviors, instance, element) = context;
        var result = behaviors.Variables.Evaluate(node.Script!, instance, element.Key, "脚本");
        if (node.ResultVariable is { } name)
            behaviors.Variables.SetCompletionVariables(instance, element, [new(name, FeelValues.ToJson(result))]);
        behaviors.Flow.Complete(instance, element);
        return Task.CompletedTask;
    }
}
