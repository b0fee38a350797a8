using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Starts the latest version of the called process as a child instance in the same step, with the parent's visible
/// variables (or only the input mappings when propagateAllParentVariables is false). The child's end completes this element
/// with the child's variables; terminating this element terminates the child.</summary>
internal sealed class CallActivityProcessor : BpmnElementProcessor<CallActivityNode>
{
    protected override async Task ActivateAsync(BpmnElementContext context, CallActivityNode node)
    {
        var (behaviors, instance, element) = context;
        var processId = behaviors.Variables.Evaluate(node.CalledProcessId, instance, element.Key, "被调用流程") as string
            ?? throw new IncidentException(IncidentTypes.CalledElement, "被调用流程标识不是字符串");
        var definition = await behaviors.Instances.FindLatestDefinitionAsync(processId)
            ?? throw new IncidentException(IncidentTypes.CalledElement, $"调用的流程「{processId}」尚未部署");
        var variables = new JsonObject();
        var source = node.PropagateAllParentVariables
            ? behaviors.Variables.Visible(instance, element.Key)
            : new Dictionary<string, JsonNode?>(element.Variables ?? []);
        foreach (var (name, value) in source) variables[name] = value?.DeepClone();
        var child = behaviors.Instances.CreateInstance(definition, instance.Entity.BusinessKey, variables, instance.Key, element.Key);
        element.ChildInstanceKey = child.Key;
        behaviors.Flow.StartScope(child, child.Model, child.Key);
    }

    public override async Task TerminateAsync(BpmnElementContext context)
    {
        if (context.Element.ChildInstanceKey is not { } childKey) return;
        var child = await context.Behaviors.Instances.LoadAsync(childKey);
        if (child.IsActive) await context.Behaviors.Instances.TerminateInstanceAsync(child);
    }

    /// <summary>The called instance completed: its variables come back (all, or through the output mappings) and this element completes.</summary>
    public static void OnChildCompleted(BpmnElementContext context, InstanceExecution child)
    {
        var (behaviors, parent, call) = context;
        var node = (CallActivityNode)context.Node;
        call.ChildInstanceKey = null;
        if (node.OutputMappings.Count > 0)
            foreach (var (name, value) in child.State.Variables.ToArray()) behaviors.Variables.SetLocal(parent, call.Key, name, value);
        else if (node.PropagateAllChildVariables)
            foreach (var (name, value) in child.State.Variables.ToArray()) behaviors.Variables.SetPropagated(parent, call.Key, name, value);
        behaviors.Flow.Complete(parent, call);
    }
}
