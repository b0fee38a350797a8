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
                ctx.Error(flow, $"sequence flow '{flow.Id}' has a condition, but its source '{flow.Source.Id}' is a {flow.Source.ElementType}; only flows leaving an exclusive or inclusive gateway or an activity may have conditions");
        }
    }

    private static void CheckStarts(ScopeInfo info, Action<string> scopeError)
    {
        var starts = info.Nodes.OfType<StartEvent>().ToList();
        switch (info.Kind)
        {
            case ScopeKind.Process when starts.Count == 0:
                scopeError($"process '{info.Scope.Id}' has no start event (it needs a none, message or timer start event)");
                break;
            case ScopeKind.SubProcess when starts.Count != 1 || starts[0].Event is not null:
                scopeError($"embedded sub-process '{info.Scope.Id}' needs exactly one none start event (it has {starts.Count} start events)");
                break;
            case ScopeKind.EventSubProcess when starts.Count != 1:
                scopeError($"event sub-process '{info.Scope.Id}' needs exactly one start event with an error, escalation, timer or message definition (it has {starts.Count})");
                break;
        }
    }

    private static void CheckNode(ProcessBuild build, ScopeInfo info, FlowNode node)
    {
        var ctx = build.Ctx;
        switch (node)
        {
            case StartEvent when node.Incoming.Count > 0:
                ctx.Error(node, $"start event '{node.Id}' must not have incoming sequence flows");
                break;
            case EndEvent when node.Outgoing.Count > 0:
                ctx.Error(node, $"end event '{node.Id}' must not have outgoing sequence flows");
                break;
            case BoundaryEvent when node.Incoming.Count > 0:
                ctx.Error(node, $"boundary event '{node.Id}' must not have incoming sequence flows");
                break;
            case SubProcessNode { TriggeredByEvent: true } when node.Incoming.Count > 0 || node.Outgoing.Count > 0:
                ctx.Error(node, $"event sub-process '{node.Id}' must not have incoming or outgoing sequence flows");
                break;
            case IntermediateThrowEvent { Event: { Kind: EventKind.Link, Name: { } link } }
                when !info.Scope.LinkTargets.ContainsKey(link):
                ctx.Error(node, $"link throw event '{node.Id}' has no link catch event named '{link}' in the same scope");
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
                var ok = target is IntermediateCatchEvent { Event.Kind: EventKind.Message or EventKind.Timer }
                    or TaskNode { Kind: TaskKind.Receive };
                if (!ok)
                    ctx.Error(gateway, $"event-based gateway '{gateway.Id}' leads to '{target.Id}' ({target.ElementType}); its targets must be message or timer intermediate catch events or receive tasks");
            }
        }
        else if (gateway.Kind == GatewayKind.Exclusive && gateway.Outgoing.Count > 1)
        {
            foreach (var flow in gateway.Outgoing.Where(f => !build.FlowsWithConditionElement.Contains(f) && !f.IsDefault))
                ctx.Error(flow, $"sequence flow '{flow.Id}' leaves exclusive gateway '{gateway.Id}' without a condition and is not its default flow");
        }
    }
}
