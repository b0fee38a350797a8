namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>The shared capabilities element processors use, one narrow interface each. A processor sees only these, never
/// the whole step, so what an element type may do is visible from its constructor-free code.</summary>
internal sealed class BpmnBehaviors(IFlowBehavior flow, IVariableBehavior variables, IEventTriggerBehavior events, IJobBehavior jobs,
    ISubscriptionBehavior subscriptions, IProcessInstanceBehavior instances, IUserTaskBehavior userTasks, IDecisionBehavior decisions,
    IJoinBehavior joins)
{
    public IFlowBehavior Flow { get; } = flow;
    public IVariableBehavior Variables { get; } = variables;
    public IEventTriggerBehavior Events { get; } = events;
    public IJobBehavior Jobs { get; } = jobs;
    public ISubscriptionBehavior Subscriptions { get; } = subscriptions;
    public IProcessInstanceBehavior Instances { get; } = instances;
    public IUserTaskBehavior UserTasks { get; } = userTasks;
    public IDecisionBehavior Decisions { get; } = decisions;
    public IJoinBehavior Joins { get; } = joins;
}
