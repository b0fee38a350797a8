using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>The processor of each BPMN element type. Processors hold no state, so one of each serves every step.</summary>
internal static class BpmnElementProcessors
{
    private static readonly PassThroughProcessor PassThrough = new();
    private static readonly EndEventProcessor EndEvent = new();
    private static readonly IntermediateCatchEventProcessor CatchEvent = new();
    private static readonly IntermediateThrowEventProcessor ThrowEvent = new();
    private static readonly ConditionalGatewayProcessor ExclusiveGateway = new(exclusive: true);
    private static readonly ConditionalGatewayProcessor InclusiveGateway = new(exclusive: false);
    private static readonly ParallelGatewayProcessor ParallelGateway = new();
    private static readonly EventBasedGatewayProcessor EventBasedGateway = new();
    private static readonly ServiceTaskProcessor ServiceTask = new();
    private static readonly ScriptTaskProcessor ScriptTask = new();
    private static readonly BusinessRuleTaskProcessor BusinessRuleTask = new();
    private static readonly UserTaskProcessor UserTask = new();
    private static readonly ReceiveTaskProcessor ReceiveTask = new();
    private static readonly SubProcessProcessor SubProcess = new();
    private static readonly CallActivityProcessor CallActivity = new();

    public static IBpmnElementProcessor For(FlowNode node) => node switch
    {
        StartEvent or BoundaryEvent => PassThrough,
        Model.EndEvent => EndEvent,
        IntermediateCatchEvent => CatchEvent,
        IntermediateThrowEvent => ThrowEvent,
        Gateway { Kind: GatewayKind.Exclusive } => ExclusiveGateway,
        Gateway { Kind: GatewayKind.Inclusive } => InclusiveGateway,
        Gateway { Kind: GatewayKind.Parallel } => ParallelGateway,
        Gateway { Kind: GatewayKind.EventBased } => EventBasedGateway,
        TaskNode { Kind: TaskKind.Service or TaskKind.Send } => ServiceTask,
        TaskNode { Kind: TaskKind.Script } => ScriptTask,
        TaskNode { Kind: TaskKind.BusinessRule } => BusinessRuleTask,
        TaskNode { Kind: TaskKind.User } => UserTask,
        TaskNode { Kind: TaskKind.Receive } => ReceiveTask,
        TaskNode { Kind: TaskKind.Manual or TaskKind.Undefined } => PassThrough,
        SubProcessNode => SubProcess,
        CallActivityNode => CallActivity,
        _ => throw new InvalidOperationException($"no processor for {node.ElementType} '{node.Id}'"),
    };
}
