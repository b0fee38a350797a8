using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Behaviors;

internal static class ElementBehaviors
{
    private static readonly IElementBehavior PassThroughBehaviour = new PassThroughBehavior();
    private static readonly IElementBehavior EndEventBehaviour = new EndEventBehavior();
    private static readonly IElementBehavior CatchEventBehaviour = new IntermediateCatchEventBehavior();
    private static readonly IElementBehavior ThrowEventBehaviour = new IntermediateThrowEventBehavior();
    private static readonly IElementBehavior EventBasedGatewayBehaviour = new EventBasedGatewayBehavior();
    private static readonly IElementBehavior ServiceTaskBehaviour = new ServiceTaskBehavior();
    private static readonly IElementBehavior ScriptTaskBehaviour = new ScriptTaskBehavior();
    private static readonly IElementBehavior UserTaskBehaviour = new UserTaskBehavior();
    private static readonly IElementBehavior ReceiveTaskBehaviour = new ReceiveTaskBehavior();
    private static readonly IElementBehavior SubProcessBehaviour = new SubProcessBehavior();
    private static readonly IElementBehavior CallActivityBehaviour = new CallActivityBehavior();
    private static readonly IElementBehavior BusinessRuleTaskBehaviour = new BusinessRuleTaskBehavior();

    public static IElementBehavior For(FlowNode node) => node switch
    {
        StartEvent or BoundaryEvent => PassThroughBehaviour,
        EndEvent => EndEventBehaviour,
        IntermediateCatchEvent => CatchEventBehaviour,
        IntermediateThrowEvent => ThrowEventBehaviour,
        Gateway { Kind: GatewayKind.EventBased } => EventBasedGatewayBehaviour,
        Gateway => PassThroughBehaviour,
        TaskNode { Kind: TaskKind.Service or TaskKind.Send } => ServiceTaskBehaviour,
        TaskNode { Kind: TaskKind.Script } => ScriptTaskBehaviour,
        TaskNode { Kind: TaskKind.User } => UserTaskBehaviour,
        TaskNode { Kind: TaskKind.Receive } => ReceiveTaskBehaviour,
        TaskNode { Kind: TaskKind.BusinessRule } => BusinessRuleTaskBehaviour,
        TaskNode { Kind: TaskKind.Manual or TaskKind.Undefined } => PassThroughBehaviour,
        SubProcessNode => SubProcessBehaviour,
        CallActivityNode => CallActivityBehaviour,
        _ => throw new InvalidOperationException($"no behaviour for {node.ElementType} '{node.Id}'"),
    };
}
