using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>An ad-hoc sub-process (Camunda 8's shape): on activation it starts the inner elements without incoming flows
/// that its activeElementsCollection names, or all of them when it names none; an activated element continues along its
/// inner flows. Each time an element inside completes the completion condition is evaluated: when it holds and
/// cancelRemainingInstances is set, what is left inside is terminated and the sub-process completes. Otherwise it completes
/// once nothing is left inside and the condition (if any) holds; while it does not, it stays active (a boundary event or
/// the end of the case ends it). Variables, boundary events, termination and history are a sub-process's.</summary>
internal sealed class AdHocSubProcessProcessor : BpmnElementProcessor<SubProcessNode>
{
    private const string CollectionName = "activeElementsCollection";

    protected override Task ActivateAsync(BpmnElementContext context, SubProcessNode node)
    {
        var (behaviors, instance, element) = context;
        var startable = node.Nodes.Where(IsStartable).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var chosen = node.AdHoc!.ActiveElements is { } expression
            ? Chosen(behaviors.Variables.Evaluate(expression, instance, element.Key, CollectionName), expression, startable)
            : startable.Values.ToList();
        behaviors.Flow.StartScope(instance, node, element.Key, chosen);
        // Nothing to do inside: the sub-process completes at once if its condition allows (else it waits, as it does empty).
        if (chosen.Count == 0) behaviors.Flow.Complete(instance, element);
        return Task.CompletedTask;
    }

    /// <summary>The condition holds and the remaining inner elements are to be cancelled: the sub-process completes now.</summary>
    public override bool CompletesOnInnerCompletion(BpmnElementContext container) =>
        ((SubProcessNode)container.Node).AdHoc is { CancelRemainingInstances: true, CompletionCondition: not null } adHoc
        && ConditionHolds(container, adHoc);

    public override bool MayComplete(BpmnElementContext context) => ConditionHolds(context, ((SubProcessNode)context.Node).AdHoc!);

    private static bool ConditionHolds(BpmnElementContext context, AdHocDefinition adHoc) =>
        adHoc.CompletionCondition is not { } condition
        || FeelValues.IsTrue(context.Behaviors.Variables.Evaluate(condition, context.Instance, context.Element.Key, "completionCondition"));

    /// <summary>An inner element that starts without a token: no incoming flow, and not a boundary event, start event or
    /// event sub-process (those start on their event).</summary>
    private static bool IsStartable(FlowNode node) =>
        node.Incoming.Count == 0 && node is not (BoundaryEvent or StartEvent or SubProcessNode { TriggeredByEvent: true });

    /// <summary>The inner elements the collection names, all checked before any starts.</summary>
    private static List<FlowNode> Chosen(object? collection, FeelExpression expression, Dictionary<string, FlowNode> startable)
    {
        if (collection is not IReadOnlyList<object?> ids || ids.Any(id => id is not string))
            throw new IncidentException(IncidentTypes.ExtractValue,
                $"{CollectionName}「{expression.Source}」须为元素 id 的列表（list of string），实际为 {FeelConversions.Describe(collection)}");
        var unknown = ids.Cast<string>().Where(id => !startable.ContainsKey(id)).Distinct().ToList();
        if (unknown.Count > 0)
            throw new IncidentException(IncidentTypes.ExtractValue,
                $"{CollectionName}「{expression.Source}」列出的{string.Join("、", unknown.Select(id => $"「{id}」"))}不是本临时子流程内没有进入顺序流的元素，无法激活");
        return ids.Cast<string>().Select(id => startable[id]).ToList();
    }
}
