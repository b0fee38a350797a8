using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Which nodes a token at a node can still reach in its scope (sequence flows, boundary events, links).
/// Computed lazily per source node and cached with the model.</summary>
internal sealed class Reachability
{
    private static readonly ConditionalWeakTable<ProcessModel, Reachability> Cache = new();
    private readonly ProcessModel _model;
    private readonly ConcurrentDictionary<string, HashSet<string>> _reachable = new();

    private Reachability(ProcessModel model) => _model = model;

    public static Reachability Of(ProcessModel model) => Cache.GetValue(model, m => new Reachability(m));

    public bool CanReach(string fromId, string toId) => _reachable.GetOrAdd(fromId, Compute).Contains(toId);

    private HashSet<string> Compute(string fromId)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<FlowNode>();
        Push(_model.Node(fromId));
        while (pending.TryPop(out var node)) Push(node);
        return seen;

        void Push(FlowNode node)
        {
            foreach (var next in Successors(node))
                if (seen.Add(next.Id)) pending.Push(next);
        }
    }

    private static IEnumerable<FlowNode> Successors(FlowNode node)
    {
        foreach (var flow in node.Outgoing) yield return flow.Target;
        if (node is Activity activity)
            foreach (var boundary in activity.BoundaryEvents) yield return boundary;
        if (node is IntermediateThrowEvent { Event: { Kind: EventKind.Link, Name: { } link } } &&
            node.Scope.LinkTargets.TryGetValue(link, out var target))
            yield return target;
    }
}
