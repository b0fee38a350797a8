namespace Bpm.Engine.Model;

/// <summary>A node that tokens flow through: event, gateway or activity.</summary>
public abstract class FlowNode : FlowElement
{
    public IReadOnlyList<SequenceFlow> Incoming { get; internal set; } = [];
    public IReadOnlyList<SequenceFlow> Outgoing { get; internal set; } = [];
    /// <summary>Input mappings (zeebe:ioMapping/zeebe:input), evaluated on activation into local variables.</summary>
    public IReadOnlyList<VariableMapping> InputMappings { get; init; } = [];
    /// <summary>Output mappings (zeebe:ioMapping/zeebe:output), evaluated on completion and propagated upwards.</summary>
    public IReadOnlyList<VariableMapping> OutputMappings { get; init; } = [];
    /// <summary>zeebe:properties name/value pairs (free-form extension properties).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = EmptyProperties;
    /// <summary>zeebe:taskHeaders, read for tasks; empty for elements that carry none. Activities and messages get them.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = EmptyProperties;

    /// <summary>The message or timer this node waits for when an event-based gateway leads to it; null for a node that
    /// cannot follow one. The gateway's validation and its processor both ask this.</summary>
    public virtual EventDefinition? EventGatewayTrigger => null;

    internal static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();
}
