using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.Processors;
using Bpm.Engine.Runtime.State;
using static Bpm.Engine.Runtime.Execution.FeelConversions;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Multi-instance activities: the body evaluates its collection and starts the inner instances (all at once, or
/// one after another), collects their outputs, and completes when all are done or its completion condition holds.</summary>
internal sealed class MultiInstanceBehavior(StepState step, VariableBehavior variables, SubscriptionBehavior subscriptions, IFlowBehavior flow)
{
    public void ActivateBody(InstanceExecution instance, ElementInstance body, Activity activity)
    {
        var definition = activity.MultiInstance!;
        subscriptions.OpenBoundarySubscriptions(instance, body, activity);
        var collection = variables.Evaluate(definition.InputCollection, instance, body.Key, "inputCollection");
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
            flow.Complete(instance, body);
            return;
        }
        var first = definition.IsSequential ? 1 : items.Count;
        for (var i = 0; i < first; i++) StartInnerInstance(instance, body, activity);
    }

    /// <summary>The locals of an inner instance: its item, its loop counter and (as in Zeebe) a local of the name its
    /// outputElement reads, so what each instance completes with stays its own instead of colliding in an outer scope.</summary>
    public void SetInnerLocals(InstanceExecution instance, ElementInstance inner, Activity activity, int counter, JsonNode? item)
    {
        inner.LoopCounter = counter;
        var definition = activity.MultiInstance!;
        if (definition.InputElement is { } inputElement) variables.SetLocal(instance, inner.Key, inputElement, item);
        variables.SetLocal(instance, inner.Key, "loopCounter", JsonValue.Create(counter));
        if (definition.OutputElement is { IsStatic: false } outputElement && OutputVariableName(outputElement.Source) is { } outputName
            && outputName != definition.InputElement)
            variables.SetLocal(instance, inner.Key, outputName, null);
    }

    public async Task CompleteInnerInstanceAsync(InstanceExecution instance, ElementInstance inner, ElementInstance body, Activity activity)
    {
        var definition = activity.MultiInstance!;
        var state = body.MultiInstance!;
        variables.ApplyOutputMappings(instance, inner, activity);
        var output = definition.OutputElement is { } outputElement
            ? FeelValues.ToJson(variables.Evaluate(outputElement, instance, inner.Key, "outputElement"))
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
            done = FeelValues.IsTrue(variables.Evaluate(condition, instance, inner.Key, "completionCondition", counters));
        }
        state.Completed = completed;
        if (state.Outputs is not null) state.Outputs[inner.LoopCounter!.Value - 1] = output;
        await flow.LeaveAsync(instance, inner, HistoryEvents.Completed);
        if (done)
        {
            await flow.TerminateChildrenAsync(instance, body.Key);
            flow.Complete(instance, body);
        }
        else if (definition.IsSequential && state.NextIndex < state.Collection.Count)
        {
            StartInnerInstance(instance, body, activity);
        }
        else if (active == 0 && state.NextIndex >= state.Collection.Count)
        {
            flow.Complete(instance, body);
        }
    }

    public async Task CompleteBodyAsync(BpmnBehaviors behaviors, InstanceExecution instance, ElementInstance body, Activity activity)
    {
        var definition = activity.MultiInstance!;
        var flows = BpmnElementProcessors.For(activity).SelectOutgoingFlows(new(behaviors, instance, body));
        if (definition.OutputCollection is { } outputCollection)
            variables.SetPropagated(instance, body.ScopeKey, outputCollection, body.MultiInstance!.Outputs?.DeepClone() ?? new JsonArray());
        await flow.LeaveAsync(instance, body, HistoryEvents.Completed);
        step.TakeFlows(instance, body.ScopeKey, flows);
    }

    private void StartInnerInstance(InstanceExecution instance, ElementInstance body, Activity activity)
    {
        var state = body.MultiInstance!;
        var index = state.NextIndex++;
        step.Enqueue(new ActivateWork(instance, activity, body.Key, null, LoopCounter: index + 1, LoopItem: state.Collection[index]?.DeepClone()));
    }

    private static string? OutputVariableName(string source)
    {
        var name = source.TrimStart().TrimStart('=').Trim();
        return name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_') ? name : null;
    }
}
