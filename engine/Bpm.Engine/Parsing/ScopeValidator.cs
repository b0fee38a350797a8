using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Structural checks on a wired scope: start events, event sub-processes, links, gateways and flow directions.</summary>
internal static class ScopeValidator
{
    public static void Validate(ProcessBuild build, ScopeInfo info)
    {
        var ctx = build.Ctx;
        CheckStarts(info, message => ctx.Error(info.Element, message));
        foreach (var node in info.Nodes)
            CheckNode(build, info, node);
        foreach (var flow in info.Flows.Where(f => f.Condition is not null && f.Source is not null))
        {
            if (flow.Source is Gateway { Kind: GatewayKind.Parallel or GatewayKind.EventBased } or not (Gateway or Activity))
                ctx.Error(flow, $"{ElementLabel.Kind(flow.Source.ElementType)}{ElementLabel.Name(flow.Source)}的出口{ElementLabel.Name(flow)}不能带条件，只有排他网关、包容网关或活动的出口可以带条件");
        }
    }

    private static void CheckStarts(ScopeInfo info, Action<string> scopeError)
    {
        var starts = info.Nodes.OfType<StartEvent>().ToList();
        switch (info.Kind)
        {
            case ScopeKind.Process when starts.Count == 0:
                scopeError($"{ElementLabel.Of(info.Element)}没有开始事件，需要一个空、消息或定时开始事件");
                break;
            case ScopeKind.SubProcess when starts.Count != 1 || starts[0].Event is not null:
                scopeError($"{ElementLabel.Of(info.Element)}须有且只有一个空开始事件，现有 {starts.Count} 个");
                break;
            case ScopeKind.AdHocSubProcess when starts.Count > 0:
                scopeError($"{ElementLabel.Of(info.Element)}内不能有开始事件：其内部元素没有进入的顺序流，按需启动；请删除{string.Join("、", starts.Select(ElementLabel.Of))}");
                break;
            case ScopeKind.EventSubProcess when starts.Count != 1:
                scopeError($"事件子流程{ElementLabel.Name(info.Scope.Id, info.Element.Attr("name"))}须有且只有一个带错误、升级、定时或消息定义的开始事件，现有 {starts.Count} 个");
                break;
        }
    }

    private static void CheckNode(ProcessBuild build, ScopeInfo info, FlowNode node)
    {
        var ctx = build.Ctx;
        switch (node)
        {
            case StartEvent when node.Incoming.Count > 0:
                ctx.Error(node, $"开始事件{ElementLabel.Name(node)}不能有进入的顺序流");
                break;
            case EndEvent when node.Outgoing.Count > 0:
                ctx.Error(node, $"结束事件{ElementLabel.Name(node)}不能有出口");
                break;
            case BoundaryEvent when node.Incoming.Count > 0:
                ctx.Error(node, $"边界事件{ElementLabel.Name(node)}不能有进入的顺序流");
                break;
            case SubProcessNode { TriggeredByEvent: true } when node.Incoming.Count > 0 || node.Outgoing.Count > 0:
                ctx.Error(node, $"事件子流程{ElementLabel.Name(node)}不能有进入或离开的顺序流");
                break;
            case IntermediateThrowEvent { Event: { Kind: EventKind.Link, Name: { } link } }
                when !info.Scope.LinkTargets.ContainsKey(link):
                ctx.Error(node, $"链接抛出事件{ElementLabel.Name(node)}在同一范围内找不到名为「{link}」的链接捕获事件");
                break;
            case Gateway gateway:
                CheckGateway(build, gateway);
                break;
        }
    }

    private static void CheckGateway(ProcessBuild build, Gateway gateway)
    {
        var ctx = build.Ctx;
        if (gateway.Kind == GatewayKind.EventBased)
        {
            // Signal and conditional catch events are already reported as unsupported.
            var targets = gateway.Outgoing.Select(f => f.Target).Distinct()
                .Where(t => t is not (UnsupportedNode or IntermediateCatchEvent { Event.Kind: EventKind.Signal or EventKind.Conditional }));
            foreach (var target in targets)
            {
                if (target.EventGatewayTrigger is null)
                    ctx.Error(gateway, $"事件网关{ElementLabel.Name(gateway)}通向{ElementLabel.Of(target)}；事件网关只能通向消息或定时中间捕获事件或接收任务");
            }
        }
        else if (gateway.Kind == GatewayKind.Exclusive && gateway.Outgoing.Count > 1)
        {
            foreach (var flow in gateway.Outgoing.Where(f => !build.FlowsWithConditionElement.Contains(f) && !f.IsDefault))
                ctx.Error(flow, $"排他网关{ElementLabel.Name(gateway)}的出口{ElementLabel.Name(flow)}没有条件，也不是默认出口：请为它填写条件，或把它设为默认出口");
        }
    }
}
