using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>State of one process while it is built: every element by id and the id references still to resolve.</summary>
internal sealed class ProcessBuild(ParseContext ctx)
{
    public ParseContext Ctx { get; } = ctx;
    public List<ScopeInfo> Scopes { get; } = [];
    public Dictionary<string, FlowElement> ById { get; } = new(StringComparer.Ordinal);
    public Dictionary<FlowNode, string> DefaultFlowRefs { get; } = [];
    public Dictionary<BoundaryEvent, string?> AttachedToRefs { get; } = [];
    public Dictionary<SequenceFlow, (string? Source, string? Target)> FlowRefs { get; } = [];
    /// <summary>Flows whose XML has a conditionExpression, even one rejected (so it is not reported again as missing).</summary>
    public HashSet<SequenceFlow> FlowsWithConditionElement { get; } = [];

    public void Register(FlowElement element)
    {
        if (!ById.TryAdd(element.Id, element))
        {
            var first = ById[element.Id];
            Ctx.Error(element, $"ID「{element.Id}」重复：{ElementLabel.Of(first)}也使用了它");
        }
    }
}
