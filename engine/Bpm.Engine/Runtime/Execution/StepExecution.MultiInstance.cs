using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Processors;
using Bpm.Engine.Runtime.State;
using static Bpm.Engine.Runtime.Execution.FeelConversions;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    private async Task ActivateMultiInstanceBodyAsync(InstanceExecution instance, ElementInstance body, Activity activity)
    {
        var definition = activity.MultiInstance!;
        OpenBoundarySubscriptions(instance, body, activity);
        var collection = Evaluate(definition.InputCollection, instance, body.Key, "inputCollection");
        if (collection is not IReadOnlyList<object?> items)
            throw new IncidentException(IncidentTypes.ExtractValue,
                $"inputCollection「{definition.InputCollection.Source}」须为列表（list），实际为 {Describe(collection)}");
        var state = new MultiInstanceState { Collection = (JsonArray)FeelValues.ToJson(items)! };
        if (definition.OutputCollection is not null)
            state.Outputs = new JsonArray(Enumerable.Range(0, items.Count).Select(_ => (JsonNode?)null).ToArray());
        body.MultiInstance = state;
        body.State = ElementState.Active;
        if (items.Count == 0)
        {
            Complete(instance, body);
            return;
        }
        var first = definition.IsSequential ? 1 : items.Count;
        for (var i = 0; i < first; i++) StartInnerInstance(instance, body, activity);
        await Task.CompletedTask;
    }

    private void StartInnerInstance(InstanceExecution instance, ElementInstance body, Activity activity)
    {
        var state = body.MultiInstance!;
        var index = state.NextIndex++;
        Enqueue(new ActivateWork(instance, activity, body.Key, null, LoopCounter: index + 1, LoopItem: state.Collection[index]?.DeepClone()));
    }

    private async Task CompleteInnerInstanceAsync(InstanceExecution instance, ElementInstance inner, ElementInstance body, Activity activity)
    {
        var definition = activity.MultiInstance!;
        var state = body.MultiInstance!;
        Variables.ApplyOutputMappings(instance, inner, activity);
        var output = definition.OutputElement is { } outputElement
            ? FeelValues.ToJson(Evaluate(outputElement, instance, inner.Key, "outputElement"))
            : null;
        var active = instance.ChildrenOf(body.Key).Count - 1;
        var completed = state.Completed + 1;
        var done = false;
        if (definition.CompletionCondition is { } condition)
        {
            var counters = new Dictionary<string, object?>
            {
                ["numberOfInstances"] = (decimal)state.Collection.Count,
                ["numberOfActiveInstances"] = (decimal)active,
                ["numberOfCompletedInstances"] = (decimal)completed,
                ["loopCounter"] = (decimal)inner.LoopCounter!.Value,
            };
            done = FeelValues.IsTrue(Evaluate(condition, instance, inner.Key, "completionCondition", counters));
        }
        state.Completed = completed;
        if (state.Outputs is not null) state.Outputs[inner.LoopCounter!.Value - 1] = output;
        await LeaveAsync(instance, inner, HistoryEvents.Completed);
        if (done)
        {
            await TerminateChildrenAsync(instance, body.Key);
            Complete(instance, body);
        }
        else if (definition.IsSequential && state.NextIndex < state.Collection.Count)
        {
            StartInnerInstance(instance, body, activity);
        }
        else if (active == 0 && state.NextIndex >= state.Collection.Count)
        {
            Complete(instance, body);
        }
    }

    private async Task CompleteMultiInstanceBodyAsync(InstanceExecution instance, ElementInstance body, Activity activity)
    {
        var definition = activity.MultiInstance!;
        var flows = BpmnElementProcessors.For(activity).SelectOutgoingFlows(new(Behaviors, instance, body));
        if (definition.OutputCollection is { } outputCollection)
            Variables.SetPropagated(instance, body.ScopeKey, outputCollection, body.MultiInstance!.Outputs?.DeepClone() ?? new JsonArray());
        await LeaveAsync(instance, body, HistoryEvents.Completed);
        TakeFlows(instance, body.ScopeKey, flows);
    }
}
