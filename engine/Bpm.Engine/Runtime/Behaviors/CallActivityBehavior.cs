using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Starts the latest version of the called process as a child instance in the same step, with the parent's visible
/// variables (or only the input mappings when propagateAllParentVariables is false). The child's end completes this element.</summary>
internal sealed class CallActivityBehavior : IElementBehavior
{
    public async Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        var node = (CallActivityNode)instance.NodeOf(element);
        var processId = step.Evaluate(node.CalledProcessId, instance, element.Key, "called element") as string
            ?? throw new IncidentException(IncidentTypes.CalledElement, $"the called process id of '{node.Id}' is not a string");
        var definition = await step.Context.Models.FindAsync(processId, null, step.Cancellation)
            ?? throw new IncidentException(IncidentTypes.CalledElement, $"no process with id '{processId}' is deployed (called by '{node.Id}')");
        var variables = new JsonObject();
        var source = node.PropagateAllParentVariables
            ? StepExecution.CollectVisible(instance, element.Key)
            : new Dictionary<string, JsonNode?>(element.Variables ?? []);
        foreach (var (name, value) in source) variables[name] = value?.DeepClone();
        var child = step.CreateInstance(definition, instance.Entity.BusinessKey, variables, instance.Key, element.Key);
        element.ChildInstanceKey = child.Key;
        step.StartScope(child, child.Model, child.Key);
    }
}
