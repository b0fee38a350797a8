using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Behaviors;

internal static class ElementBehaviors
{
    private static readonly IElementBehavior PassThrough = new PassThroughBehavior();
    private static readonly IElementBehavior EndEvent = new EndEventBehavior();
    private static readonly IElementBehavior CatchEvent = new IntermediateCatchEventBehavior();
    private static readonly IElementBehavior ThrowEvent = new IntermediateThrowEventBehavior();
    private static readonly IElementBehavior EventBasedGateway = new EventBasedGatewayBehavior();
    private static readonly IElementBehavior ServiceTask = new ServiceTaskBehavior();
    private static readonly IElementBehavior ScriptTask = new ScriptTaskBehavior();
    private static readonly IElementBehavior UserTask = new UserTaskBehavior();
    private static readonly IElementBehavior ReceiveTask = new ReceiveTaskBehavior();
    private static readonly IElementBehavior SubProcess = new SubProcessBehavior();
    private static readonly IElementBehavior CallActivity = new CallActivityBehavior();

    public static IElementBehavior For(FlowNode node) => node switch
    {
        StartEvent or BoundaryEvent => PassThrough,
        EndEvent => EndEvent,
        IntermediateCatchEvent => CatchEvent,
        IntermediateThrowEvent => ThrowEvent,
        Gateway { Kind: GatewayKind.EventBased } => EventBasedGateway,
        Gateway => PassThrough,
        TaskNode { Kind: TaskKind.Service or TaskKind.Send } => ServiceTask,
        TaskNode { Kind: TaskKind.Script } => ScriptTask,
        TaskNode { Kind: TaskKind.User } => UserTask,
        TaskNode { Kind: TaskKind.Receive } => ReceiveTask,
        TaskNode { Kind: TaskKind.Manual or TaskKind.Undefined } => PassThrough,
        SubProcessNode => SubProcess,
        CallActivityNode => CallActivity,
        _ => throw new InvalidOperationException($"no behaviour for {node.ElementType} '{node.Id}'"),
    };
}
