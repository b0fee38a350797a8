using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Resolves the id references of a built process: flow ends, boundary attachments, default flows, and the
/// per-scope lists (none start events, event sub-processes, link targets).</summary>
internal static class GraphWiring
{
    public static void Wire(ProcessBuild build)
    {
        var incoming = new Dictionary<FlowNode, List<SequenceFlow>>();
        var outgoing = new Dictionary<FlowNode, List<SequenceFlow>>();
        foreach (var scope in build.Scopes)
        {
            foreach (var flow in scope.Flows)
            {
                var (sourceRef, targetRef) = build.FlowRefs[flow];
                var source = End(build, flow, sourceRef, "sourceRef");
                var target = End(build, flow, targetRef, "targetRef");
                if (source is null || target is null)
                    continue;
                flow.Source = source;
                flow.Target = target;
                Add(outgoing, source, flow);
                Add(incoming, target, flow);
            }
            foreach (var node in scope.Nodes)
            {
                node.Incoming = incoming.GetValueOrDefault(node) ?? [];
                node.Outgoing = outgoing.GetValueOrDefault(node) ?? [];
            }
        }
        AttachBoundaryEvents(build);
        ResolveDefaults(build);
        foreach (var scope in build.Scopes)
            FillScope(build.Ctx, scope);
    }

    private static FlowNode? End(ProcessBuild build, SequenceFlow flow, string? reference, string attribute)
    {
        if (reference is null)
        {
            build.Ctx.Error(flow, $"顺序流{ElementLabel.Name(flow)}缺少{(attribute == "sourceRef" ? "起点" : "终点")}");
            return null;
        }
        if (!build.ById.TryGetValue(reference, out var element) || element is not FlowNode node)
        {
            build.Ctx.Error(flow, $"顺序流{ElementLabel.Name(flow)}的{(attribute == "sourceRef" ? "起点" : "终点")}「{reference}」不是本流程的节点");
            return null;
        }
        if (node.Scope != flow.Scope)
        {
            build.Ctx.Error(flow, $"顺序流{ElementLabel.Name(flow)}连到了另一个子流程中的{ElementLabel.Of(node)}；顺序流不能跨越子流程边界");
            return null;
        }
        return node;
    }

    private static void Add(Dictionary<FlowNode, List<SequenceFlow>> map, FlowNode node, SequenceFlow flow)
    {
        if (!map.TryGetValue(node, out var list))
            map[node] = list = [];
        list.Add(flow);
    }

    private static void AttachBoundaryEvents(ProcessBuild build)
    {
        var attached = new Dictionary<Activity, List<BoundaryEvent>>();
        foreach (var (boundary, reference) in build.AttachedToRefs)
        {
            if (reference is null)
            {
                build.Ctx.Error(boundary, $"边界事件{ElementLabel.Name(boundary)}没有附着在任何活动上");
                continue;
            }
            if (!build.ById.TryGetValue(reference, out var element) || element is not Activity activity)
            {
                build.Ctx.Error(boundary, $"边界事件{ElementLabel.Name(boundary)}附着的「{reference}」不是本流程的活动");
                continue;
            }
            if (activity.Scope != boundary.Scope)
            {
                build.Ctx.Error(boundary, $"边界事件{ElementLabel.Name(boundary)}附着在另一个子流程中的{ElementLabel.Of(activity)}上");
                continue;
            }
            boundary.AttachedTo = activity;
            if (!attached.TryGetValue(activity, out var list))
                attached[activity] = list = [];
            list.Add(boundary);
        }
        foreach (var (activity, list) in attached)
            activity.BoundaryEvents = list;
    }

    private static void ResolveDefaults(ProcessBuild build)
    {
        foreach (var (node, reference) in build.DefaultFlowRefs)
        {
            if (!build.ById.TryGetValue(reference, out var element) || element is not SequenceFlow flow || flow.Source != node)
            {
                build.Ctx.Error(node, $"{ElementLabel.Of(node)}的默认出口「{reference}」不是它的出口");
                continue;
            }
            flow.IsDefault = true;
            if (node is Gateway gateway)
                gateway.DefaultFlow = flow;
            else if (node is Activity activity)
                activity.DefaultFlow = flow;
        }
    }

    private static void FillScope(ParseContext ctx, ScopeInfo info)
    {
        var noneStarts = info.Nodes.OfType<StartEvent>().Where(s => s.Event is null).ToList();
        var eventSubProcesses = info.Nodes.OfType<SubProcessNode>().Where(s => s.TriggeredByEvent).ToList();
        var links = new Dictionary<string, IntermediateCatchEvent>(StringComparer.Ordinal);
        foreach (var link in info.Nodes.OfType<IntermediateCatchEvent>().Where(e => e.Event is { Kind: EventKind.Link, Name: not null }))
        {
            if (!links.TryAdd(link.Event.Name!, link))
                ctx.Error(link, $"链接名称「{link.Event.Name}」在同一范围内被两个链接捕获事件使用：「{links[link.Event.Name!].Id}」和{ElementLabel.Name(link)}");
        }
        switch (info.Scope)
        {
            case ProcessModel process:
                process.Nodes = info.Nodes;
                process.NoneStartEvents = noneStarts;
                process.EventSubProcesses = eventSubProcesses;
                process.LinkTargets = links;
                break;
            case SubProcessNode sub:
                sub.Nodes = info.Nodes;
                sub.NoneStartEvents = noneStarts;
                sub.EventSubProcesses = eventSubProcesses;
                sub.LinkTargets = links;
                break;
        }
    }
}
