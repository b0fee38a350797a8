using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Moving tokens for the processors. The agenda and the scope checks it feeds are the step's, so this forwards
/// to the step's flow (<c>StepExecution.Flow.cs</c>, <c>StepExecution.Termination.cs</c>).</summary>
internal sealed class FlowBehavior(StepExecution step) : IFlowBehavior
{
    public void Complete(InstanceExecution instance, ElementInstance element) => step.Complete(instance, element);

    public void Enqueue(WorkItem work) => step.Enqueue(work);

    public void StartScope(InstanceExecution instance, IFlowScope scope, long scopeKey) => step.StartScope(instance, scope, scopeKey);

    public void StartScope(InstanceExecution instance, IFlowScope scope, long scopeKey, IReadOnlyList<FlowNode> startNodes) =>
        step.StartScope(instance, scope, scopeKey, startNodes);

    public Task LeaveAsync(InstanceExecution instance, ElementInstance element, string @event) => step.LeaveAsync(instance, element, @event);

    public Task TerminateChildrenAsync(InstanceExecution instance, long scopeKey, ElementInstance? except = null) =>
        step.TerminateChildrenAsync(instance, scopeKey, except);

    public IReadOnlyList<SequenceFlow> ConditionalFlows(InstanceExecution instance, ElementInstance element, FlowNode node,
        SequenceFlow? defaultFlow, bool exclusive, bool requireOne) =>
        step.ConditionalFlows(instance, element, node, defaultFlow, exclusive, requireOne);
}
