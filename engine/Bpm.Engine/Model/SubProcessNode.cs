namespace Bpm.Engine.Model;

/// <summary>An embedded sub-process, an event sub-process when <see cref="TriggeredByEvent"/>, or an ad-hoc sub-process when
/// <see cref="AdHoc"/> is set.</summary>
public sealed class SubProcessNode : Activity, IFlowScope
{
    public bool TriggeredByEvent { get; init; }
    public AdHocDefinition? AdHoc { get; init; }
    public IReadOnlyList<FlowNode> Nodes { get; internal set; } = [];
    public IReadOnlyList<StartEvent> NoneStartEvents { get; internal set; } = [];
    public IReadOnlyList<SubProcessNode> EventSubProcesses { get; internal set; } = [];
    public IReadOnlyDictionary<string, IntermediateCatchEvent> LinkTargets { get; internal set; } = new Dictionary<string, IntermediateCatchEvent>();
    /// <summary>For an event sub-process: its single start event (error, escalation, timer, message).</summary>
    public StartEvent? TriggerStart => TriggeredByEvent ? Nodes.OfType<StartEvent>().FirstOrDefault() : null;
}
