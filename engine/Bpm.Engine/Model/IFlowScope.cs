namespace Bpm.Engine.Model;

/// <summary>A container of flow nodes: the process itself or an (event) sub-process.</summary>
public interface IFlowScope
{
    string Id { get; }
    IReadOnlyList<FlowNode> Nodes { get; }
    /// <summary>Start events without an event definition; the scope starts at these.</summary>
    IReadOnlyList<StartEvent> NoneStartEvents { get; }
    /// <summary>Event sub-processes directly inside this scope.</summary>
    IReadOnlyList<SubProcessNode> EventSubProcesses { get; }
    /// <summary>Link catch events by link name, for link throw events in this scope.</summary>
    IReadOnlyDictionary<string, IntermediateCatchEvent> LinkTargets { get; }
}
