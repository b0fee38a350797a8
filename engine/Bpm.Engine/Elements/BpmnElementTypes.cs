using System.Collections.Frozen;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.Runtime.Processors;

namespace Bpm.Engine.Elements;

/// <summary>The element types the engine runs, one line each. The parser accepts exactly these (any other element is
/// reported as not supported), validation messages name them by their label, and the step runs each node with the
/// processor of its type (<see cref="BpmnElementProcessors.For"/>). Processors hold no state, so one of each serves
/// every step.</summary>
internal static class BpmnElementTypes
{
    private static readonly PassThroughProcessor PassThrough = new();
    
    public static IReadOnlyList<BpmnElementType> All { get; } =
    [
        new("startEvent", "开始事件", EventNodeBuilder.Build, PassThrough),
        new("boundaryEvent", "边界事件", EventNodeBuilder.Build, PassThrough),
        new("endEvent", "结束事件", EventNodeBuilder.Build, new EndEventProcessor()),
        new("intermediateCatchEvent", "中间捕获事件", EventNodeBuilder.Build, new IntermediateCatchEventProcessor()),
        new("intermediateThrowEvent", "中间抛出事件", EventNodeBuilder.Build, new IntermediateThrowEventProcessor()),
        new("exclusiveGateway", "排他网关", GatewayBuilder.Of(GatewayKind.Exclusive), new ExclusiveGatewayProcessor()),
        new("inclusiveGateway", "包容网关", GatewayBuilder.Of(GatewayKind.Inclusive), new InclusiveGatewayProcessor()),
        new("parallelGateway", "并行网关", GatewayBuilder.Of(GatewayKind.Parallel), new ParallelGatewayProcessor()),
        new("eventBasedGateway", "事件网关", GatewayBuilder.Of(GatewayKind.EventBased), new EventBasedGatewayProcessor()),
        new("task", "任务", ActivityBuilder.Task(TaskKind.Undefined), PassThrough),
        new("manualTask", "人工任务", ActivityBuilder.Task(TaskKind.Manual), PassThrough),
        new("serviceTask", "服务任务", ActivityBuilder.Task(TaskKind.Service), new ServiceTaskProcessor(sendsMessages: false)),
        new("sendTask", "发送任务", ActivityBuilder.Task(TaskKind.Send), new ServiceTaskProcessor(sendsMessages: true)),
        new("scriptTask", "脚本任务", ActivityBuilder.Task(TaskKind.Script), new ScriptTaskProcessor()),
        new("businessRuleTask", "业务规则任务", ActivityBuilder.Task(TaskKind.BusinessRule), new BusinessRuleTaskProcessor()),
        new("userTask", "用户任务", ActivityBuilder.Task(TaskKind.User), new UserTaskProcessor()),
        new("receiveTask", "接收任务", ActivityBuilder.Task(TaskKind.Receive), new ReceiveTaskProcessor()),
        new("subProcess", "子流程", ActivityBuilder.SubProcess, new SubProcessProcessor()),
        new("adHocSubProcess", "临时子流程", ActivityBuilder.AdHocSubProcess, new AdHocSubProcessProcessor()),
        new("callActivity", "调用活动", ActivityBuilder.CallActivity, new CallActivityProcessor()),
    ];

    private static readonly FrozenDictionary<string, BpmnElementType> ByLocalName =
        All.ToFrozenDictionary(type => type.LocalName, StringComparer.Ordinal);

    /// <summary>The declaration of a supported element type, or null.</summary>
    public static BpmnElementType? Find(string localName) => ByLocalName.GetValueOrDefault(localName);

    /// <summary>The declaration of a node the parser built (only supported types are ever deployed).</summary>
    public static BpmnElementType Of(FlowNode node) =>
        ByLocalName.TryGetValue(node.ElementType, out var type) && node is not UnsupportedNode
            ? type
            : throw new InvalidOperationException($"no processor for {node.ElementType} '{node.Id}'");
}
