using System.Xml.Linq;
using Bpm.Engine.Elements;
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
        "completionCondition", // an ad-hoc sub-process's, read by its reader
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
                Build(build, child, sub, sub.TriggeredByEvent ? ScopeKind.EventSubProcess
                    : sub.AdHoc is not null ? ScopeKind.AdHocSubProcess : ScopeKind.SubProcess);
        }
        return info;
    }

    /// <summary>The node of a supported element type, read as its declaration in <see cref="BpmnElementTypes"/> says; any
    /// other element is reported as not supported.</summary>
    private static FlowNode Node(ProcessBuild build, XElement element, ScopeKind scope)
    {
        var ctx = build.Ctx;
        var c = NodeCommon.Read(ctx, element);
        if (BpmnElementTypes.Find(c.Type) is { } type)
            return type.Read(build, element, c, scope);
        ctx.Error(element, $"{ElementLabel.Of(element)}：本引擎不支持此类元素（{c.Type}）");
        return c.Unsupported();
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
