namespace Bpm.Engine.Model;

/// <summary>The immutable executable graph of one bpmn:process, cached per definition version.</summary>
public sealed class ProcessModel : IFlowScope
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public bool IsExecutable { get; init; } = true;
    /// <summary>Who may start it through the API (zeebe:properties candidateStarter*), null when it does not say.</summary>
    public StartAuthorization? Starters { get; init; }
    /// <summary>Where the start page lists it (zeebe:property <c>category</c>, e.g. 行政处罚), null when it does not say.</summary>
    public string? Category { get; init; }
    public IReadOnlyList<FlowNode> Nodes { get; internal set; } = [];
    public IReadOnlyList<StartEvent> NoneStartEvents { get; internal set; } = [];
    public IReadOnlyList<SubProcessNode> EventSubProcesses { get; internal set; } = [];
    public IReadOnlyDictionary<string, IntermediateCatchEvent> LinkTargets { get; internal set; } = new Dictionary<string, IntermediateCatchEvent>();
    /// <summary>Every element (nodes and flows, in every nested scope) by id.</summary>
    public IReadOnlyDictionary<string, FlowElement> ElementsById { get; internal set; } = new Dictionary<string, FlowElement>();

    public FlowNode Node(string id) => (FlowNode)ElementsById[id];
}
