using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>How a validation message names an element for the person who drew it: its Chinese kind and its name, with the
/// id beside the name so the element can be found ("排他网关「是否重大」（Gateway_1）"), or the id alone when it has no name.
/// Module API: modules that check models (<see cref="Deployment.IDeploymentRule"/>) name elements with it.</summary>
public static class ElementLabel
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["process"] = "流程", ["subProcess"] = "子流程", ["adHocSubProcess"] = "临时子流程", ["transaction"] = "事务子流程",
        ["startEvent"] = "开始事件", ["endEvent"] = "结束事件", ["boundaryEvent"] = "边界事件",
        ["intermediateCatchEvent"] = "中间捕获事件", ["intermediateThrowEvent"] = "中间抛出事件",
        ["exclusiveGateway"] = "排他网关", ["inclusiveGateway"] = "包容网关", ["parallelGateway"] = "并行网关",
        ["eventBasedGateway"] = "事件网关", ["complexGateway"] = "复杂网关",
        ["task"] = "任务", ["userTask"] = "用户任务", ["serviceTask"] = "服务任务", ["sendTask"] = "发送任务",
        ["receiveTask"] = "接收任务", ["scriptTask"] = "脚本任务", ["businessRuleTask"] = "业务规则任务",
        ["manualTask"] = "人工任务", ["callActivity"] = "调用活动", ["sequenceFlow"] = "顺序流",
    };

    /// <summary>The Chinese word for a BPMN element type (its local name), or the local name itself.</summary>
    public static string Kind(string elementType) => Kinds.GetValueOrDefault(elementType, elementType);

    /// <summary>「name」（id）, or 「id」 when the element has no name.</summary>
    public static string Name(string id, string? name) => string.IsNullOrWhiteSpace(name) ? $"「{id}」" : $"「{name}」（{id}）";

    public static string Name(FlowElement element) => Name(element.Id, element.Name);

    /// <summary>Kind and name: 排他网关「是否重大」（Gateway_1）.</summary>
    public static string Of(FlowElement element) => Kind(element.ElementType) + Name(element);

    public static string Of(XElement element) => Kind(element.Name.LocalName) + Name(element.Attr("id") ?? "?", element.Attr("name"));
}
