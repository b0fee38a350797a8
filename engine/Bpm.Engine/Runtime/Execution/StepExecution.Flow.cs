using System.Text.Json.Nodes;
using Bpm.Engine.Parsing;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Behaviors;
using Bpm.Engine.Runtime.Processors;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Starts a scope at its none start event (the process, or an embedded sub-process).</summary>
    public void StartScope(InstanceExecution instance, IFlowScope scope, long scopeKey)
    {
        var start = scope.NoneStartEvents.Count > 0 ? scope.NoneStartEvents[0]
            : throw new IncidentException(IncidentTypes.ExtractValue, $"范围「{scope.Id}」没有空开始事件");
        StartScope(instance, scope, scopeKey, [start]);
    }

    public void StartScope(InstanceExecution instance, IFlowScope scope, long scopeKey, IReadOnlyList<FlowNode> startNodes)
    {
        Subscriptions.OpenEventSubProcessSubscriptions(instance, scope, scopeKey);
        var escalationKey = scopeKey == instance.Key ? null : instance.Find(scopeKey)?.EscalationKey;
        foreach (var node in startNodes) Enqueue(new ActivateWork(instance, node, scopeKey, null, EscalationKey: escalationKey));
    }

    private async Task ActivateAsync(ActivateWork work)
    {
        var instance = work.Instance;
        // A token queued for a scope that an event terminated earlier in this step dies with the scope, and so does one
        // queued for a container that decided to complete before it arrived (an ad-hoc sub-process whose condition holds).
        if (work.ScopeKey != instance.Key && instance.Find(work.ScopeKey) is null or { State: ElementState.Completing, IsMultiInstanceBody: false })
            return;
        if (work.Via is not null && BpmnElementProcessors.For(work.Node).TakesArrivingToken(new(Behaviors, instance, work.Node, work.ScopeKey), work.Via))
            return;
        if (work.Node is Activity { MultiInstance: not null } && work.LoopCounter is null)
        {
            var body = State.NewElement(instance, work.Node, work.ScopeKey);
            body.IsMultiInstanceBody = true;
            body.EscalationKey = work.EscalationKey;
            Focus(instance, body);
            MultiInstance.ActivateBody(instance, body, (Activity)work.Node);
            return;
        }
        var element = State.NewElement(instance, work.Node, work.ScopeKey);
        element.TriggerVariables = work.TriggerVariables;
        element.EscalationKey = work.EscalationKey;
        if (work.LoopCounter is { } counter) MultiInstance.SetInnerLocals(instance, element, (Activity)work.Node, counter, work.LoopItem);
        await ActivateElementAsync(instance, element);
    }

    /// <summary>Input mappings, boundary subscriptions, then the element's behaviour. Re-run as a whole when an incident is resolved.</summary>
    private async Task ActivateElementAsync(InstanceExecution instance, ElementInstance element)
    {
        Focus(instance, element);
        var node = instance.NodeOf(element);
        if (element.IsMultiInstanceBody)
        {
            MultiInstance.ActivateBody(instance, element, (Activity)node);
        }
        else
        {
            Variables.ApplyInputMappings(instance, element, node);
            if (node is Activity activity && element.LoopCounter is null) Subscriptions.OpenBoundarySubscriptions(instance, element, activity);
            element.State = ElementState.Active;
            await BpmnElementProcessors.For(node).ActivateAsync(new(Behaviors, instance, element));
        }
        // Reached only when the activation raised no incident, so each element instance is announced once.
        await PublishAsync(new Events.ElementActivated(instance, element, node));
    }

    public void Complete(InstanceExecution instance, ElementInstance element)
    {
        element.State = ElementState.Completing;
        Enqueue(new CompleteWork(instance, element));
    }

    private async Task CompleteAsync(InstanceExecution instance, ElementInstance element)
    {
        Focus(instance, element);
        var node = instance.NodeOf(element);
        var processor = BpmnElementProcessors.For(node);
        var context = new BpmnElementContext(Behaviors, instance, element);
        // A container may refuse to complete while its own condition does not hold (ad-hoc sub-process).
        if (!element.IsMultiInstanceBody && !processor.MayComplete(context))
        {
            element.State = ElementState.Active;
            return;
        }
        if (element.TriggerVariables is { } trigger)
        {
            Variables.SetCompletionVariables(instance, element, trigger);
            element.TriggerVariables = null;
        }
        if (element.IsMultiInstanceBody)
        {
            await MultiInstance.CompleteBodyAsync(Behaviors, instance, element, (Activity)node);
            return;
        }
        var scope = instance.Find(element.ScopeKey);
        if (scope is { IsMultiInstanceBody: true })
        {
            await MultiInstance.CompleteInnerInstanceAsync(instance, element, scope, (Activity)node);
            return;
        }
        Variables.ApplyOutputMappings(instance, element, node);
        var flows = processor.SelectOutgoingFlows(context);
        // A container may complete as soon as an element inside it completes (ad-hoc sub-process), cancelling the rest.
        var completesContainer = scope is { State: ElementState.Active, IsMultiInstanceBody: false }
            && BpmnElementProcessors.For(instance.NodeOf(scope)).CompletesOnInnerCompletion(new(Behaviors, instance, scope));
        await LeaveAsync(instance, element, HistoryEvents.Completed);
        if (completesContainer)
        {
            await TerminateChildrenAsync(instance, scope!.Key);
            Complete(instance, scope);
            return;
        }
        State.TakeFlows(instance, element.ScopeKey, flows, processor.PassesEscalationOn(context) ? element.EscalationKey : null);
    }

    /// <summary>Removes the element instance with everything that waits for it (job, task, subscriptions).</summary>
    public async Task LeaveAsync(InstanceExecution instance, ElementInstance element, string @event)
    {
        if (element.JobKey is { } jobKey) DeleteJob(jobKey);
        if (element.SubscriptionKeys is { } subscriptions) foreach (var key in subscriptions) Subscriptions.DeleteSubscription(key);
        if (element.EventSubProcessSubscriptionKeys is { } scopeSubscriptions) foreach (var key in scopeSubscriptions) Subscriptions.DeleteSubscription(key);
        if (element.IncidentKey is { } incidentKey) await ResolveIncidentRecordAsync(instance, incidentKey);
        instance.State.Elements.Remove(element);
        var node = instance.NodeOf(element);
        Record(instance, @event, element.ElementId, node.ElementType, element.Key);
        if (@event == HistoryEvents.Completed) await PublishAsync(new Events.ElementCompleted(instance, element, node));
    }

    public IReadOnlyList<SequenceFlow> ConditionalFlows(InstanceExecution instance, ElementInstance element, FlowNode node,
        SequenceFlow? defaultFlow, bool exclusive, bool requireOne)
    {
        var taken = new List<SequenceFlow>();
        var anyConditional = false;
        foreach (var flow in node.Outgoing)
        {
            if (flow == defaultFlow) continue;
            if (flow.Condition is null)
            {
                taken.Add(flow);
            }
            else
            {
                anyConditional = true;
                if (IsConditionTrue(instance, element, flow)) taken.Add(flow);
            }
            if (exclusive && taken.Count > 0) return taken;
        }
        if (taken.Count > 0) return taken;
        if (defaultFlow is not null) return [defaultFlow];
        if (!anyConditional && !requireOne) return [];
        throw new IncidentException(IncidentTypes.Condition,
            "没有条件成立的出口顺序流，也没有默认出口");
    }

    private bool IsConditionTrue(InstanceExecution instance, ElementInstance element, SequenceFlow flow)
    {
        try
        {
            return FeelValues.IsTrue(flow.Condition!.Evaluate(ScopeVariables.FeelContext(instance, element.Key), Cancellation));
        }
        catch (FeelLimitExceededException ex)
        {
            throw LimitIncidents.Evaluation(ex, $"顺序流{ElementLabel.Name(flow)}的条件");
        }
        catch (FeelEvaluationException ex)
        {
            throw new IncidentException(IncidentTypes.Condition, $"顺序流{ElementLabel.Name(flow)}的条件（{flow.Condition!.Source}）求值失败：{ex.Message}", ex);
        }
    }

    /// <summary>Once nothing is in flight: the joins waiting in the scope decide (a join that can no longer receive a token
    /// fires), then an empty scope completes.</summary>
    private async Task CheckScopeAsync(InstanceExecution instance, long scopeKey)
    {
        JoinBehavior.Settle(Behaviors, instance, scopeKey);
        if (instance.HasChildren(scopeKey) || JoinBehavior.HasTokens(instance, scopeKey)) return;
        if (scopeKey == instance.Key)
        {
            await CompleteInstanceAsync(instance);
            return;
        }
        var scope = instance.Find(scopeKey);
        if (scope is { State: ElementState.Active, IsMultiInstanceBody: false }) Complete(instance, scope);
    }

    private async Task CompleteInstanceAsync(InstanceExecution instance)
    {
        await PublishAsync(new Events.InstanceEnded(instance, terminated: false));
        instance.Entity.State = ProcessInstanceState.Completed;
        instance.Entity.EndedAt = Now;
        instance.State.Joins = null;
        Subscriptions.CloseScopeSubscriptions(instance, instance.Key);
        Record(instance, HistoryEvents.Completed, instance.Entity.BpmnProcessId, "process", instance.Key);
        if (instance.Entity.ParentInstanceKey is { } parentKey && instance.Entity.ParentElementInstanceKey is { } callKey)
        {
            var parent = await LoadAsync(parentKey);
            var call = parent.Find(callKey);
            if (call is null || !parent.IsActive) return;
            Focus(parent, call);
            CallActivityProcessor.OnChildCompleted(new(Behaviors, parent, call), instance);
        }
    }

    /// <summary>A link throw event jumps to the catch event of the same link name in its scope.</summary>
    public async Task ThrowLinkAsync(InstanceExecution instance, ElementInstance element, IntermediateThrowEvent node)
    {
        var target = node.Scope.LinkTargets.TryGetValue(node.Event!.Name ?? "", out var catchEvent)
            ? catchEvent
            : throw new IncidentException(IncidentTypes.ExtractValue, $"找不到名为「{node.Event.Name}」的链接捕获事件");
        await LeaveAsync(instance, element, HistoryEvents.Completed);
        Enqueue(new ActivateWork(instance, target, element.ScopeKey, null, []));
    }
}
