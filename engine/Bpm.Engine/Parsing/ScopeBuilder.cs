using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Builds the nodes and flows of a process or sub-process element, recursing into embedded sub-processes.</summary>
internal static class ScopeBuilder
{
    /// <summary>Children that describe or document the model but are not executed.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "laneSet", "lane", "dataObject", "dataObjectReference", "dataStoreReference",
        "dataStore", "textAnnotation", "association", "group", "ioSpecification", "property", "auditing", "monitoring",
        "resourceRole", "performer", "humanPerformer", "potentialOwner", "correlationSubscription", "supports",
        "dataInputAssociation", "dataOutputAssociation", "ioBinding", "category", "incoming", "outgoing", "flowNodeRef",
    };

    private static readonly HashSet<string> Events = new(StringComparer.Ordinal)
    {
        "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
    };

    private static readonly Dictionary<string, GatewayKind> Gateways = new(StringComparer.Ordinal)
    {
        ["exclusiveGateway"] = GatewayKind.Exclusive,
        ["parallelGateway"] = GatewayKind.Parallel,
        ["inclusiveGateway"] = GatewayKind.Inclusive,
        ["eventBasedGateway"] = GatewayKind.EventBased,
    };

    public static ScopeInfo Build(ProcessBuild build, XElement container, IFlowScope scope, ScopeKind kind)
    {
        var info = new ScopeInfo(scope, kind, container);
        build.Scopes.Add(info);
        foreach (var child in container.Elements().Where(e => e.Name.Namespace == BpmnXml.Bpmn))
        {
            var name = child.Name.LocalName;
            if (Ignored.Contains(name) || name.EndsWith("LoopCharacteristics", StringComparison.Ordinal))
                continue;
            if (name == "sequenceFlow")
            {
                var flow = Flow(build, child);
                flow.Scope = scope;
                build.Register(flow);
                info.Flows.Add(flow);
                continue;
            }
            var node = Node(build, child, kind);
            node.Scope = scope;
            build.Register(node);
            info.Nodes.Add(node);
            if (node is SubProcessNode sub)
                Build(build, child, sub, sub.TriggeredByEvent ? ScopeKind.EventSubProcess : ScopeKind.SubProcess);
        }
        return info;
    }

    private static FlowNode Node(ProcessBuild build, XElement element, ScopeKind scope)
    {
        var ctx = build.Ctx;
        var c = NodeCommon.Read(ctx, element);
        var name = c.Type;
        if (Events.Contains(name))
            return EventNodeBuilder.Build(build, element, c, scope);
        if (Gateways.TryGetValue(name, out var gatewayKind))
            return Gateway(build, element, c, gatewayKind);
        if (ActivityBuilder.IsTask(name) || name is "subProcess" or "callActivity")
            return ActivityBuilder.Build(build, element, c);
        ctx.Error(element, $"{ElementLabel.Of(element)}：本引擎不支持此类元素（{name}）");
        return c.Unsupported();
    }

    private static FlowNode Gateway(ProcessBuild build, XElement element, NodeCommon c, GatewayKind kind)
    {
        if (kind == GatewayKind.EventBased && (element.BoolAttr("instantiate", false) || element.Attr("eventGatewayType") == "Parallel"))
        {
            build.Ctx.Error(element, $"{ElementLabel.Of(element)}：不支持用于实例化或并行的事件网关");
            return c.Unsupported();
        }
        var gateway = new Gateway
        {
            Id = c.Id, Name = c.Name, ElementType = c.Type, Line = c.Line,
            InputMappings = c.Inputs, OutputMappings = c.Outputs, Properties = c.Properties,
            Kind = kind,
        };
        if (element.Attr("default") is { } defaultFlow)
            build.DefaultFlowRefs[gateway] = defaultFlow;
        return gateway;
    }

    private static SequenceFlow Flow(ProcessBuild build, XElement element)
    {
        var ctx = build.Ctx;
        ForeignExtensions.Check(ctx, element);
        var flow = new SequenceFlow
        {
            Id = NodeCommon.IdOf(ctx, element),
            Name = element.Attr("name"),
            ElementType = element.Name.LocalName,
            Line = element.Line(),
            Condition = ConditionReader.Read(ctx, element, element.BpmnChild("conditionExpression"), "conditionExpression"),
        };
        build.FlowRefs[flow] = (element.Attr("sourceRef"), element.Attr("targetRef"));
        if (element.BpmnChild("conditionExpression") is not null)
            build.FlowsWithConditionElement.Add(flow);
        return flow;
    }
}
