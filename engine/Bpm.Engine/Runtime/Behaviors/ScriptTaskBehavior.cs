using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Evaluates the zeebe:script FEEL expression and stores the result in resultVariable.</summary>
internal sealed class ScriptTaskBehavior : IElementBehavior
{
    public Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        var node = (TaskNode)instance.NodeOf(element);
        var result = step.Evaluate(node.Script!, instance, element.Key, "script");
        if (node.ResultVariable is { } name)
            step.SetCompletionVariables(instance, element, [new(name, FeelValues.ToJson(result))]);
        step.Complete(instance, element);
        return Task.CompletedTask;
    }
}
