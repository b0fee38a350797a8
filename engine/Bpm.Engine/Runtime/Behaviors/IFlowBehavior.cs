using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Moving tokens: completing and terminating element instances, starting scopes, choosing outgoing flows.</summary>
internal interface IFlowBehavior
{
    /// <summary>The element finished its work; it completes (outputs, leave, outgoing flows) from the agenda.</summary>
    void Complete(InstanceExecution instance, ElementInstance element);

    void Enqueue(WorkItem work);

    /// <summary>Starts a scope at its none start event and arms its event sub-processes.</summary>
    void StartScope(InstanceExecution instance, IFlowScope scope, long scopeKey);

    /// <summary>Starts a scope at the given inner nodes (an ad-hoc sub-process's chosen elements) and arms its event sub-processes.</summary>
    void StartScope(InstanceExecution instance, IFlowScope scope, long scopeKey, IReadOnlyList<FlowNode> startNodes);

    /// <summary>Removes the element instance with everything that waits for it, recording <paramref name="event"/>.</summary>
    Task LeaveAsync(InstanceExecution instance, ElementInstance element, string @event);

    Task TerminateChildrenAsync(InstanceExecution instance, long scopeKey, ElementInstance? except = null);

    /// <summary>The outgoing flows whose conditions hold (all evaluated before anything changes); the default flow when none
    /// does. <paramref name="exclusive"/> stops at the first; <paramref name="requireOne"/> makes "none" an incident.</summary>
    IReadOnlyList<SequenceFlow> ConditionalFlows(InstanceExecution instance, ElementInstance element, FlowNode node,
        SequenceFlow? defaultFlow, bool exclusive, bool requireOne);
}
