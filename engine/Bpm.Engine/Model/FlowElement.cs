namespace Bpm.Engine.Model;

/// <summary>An element of an executable process graph. Built once by the parser, never mutated afterwards.</summary>
public abstract class FlowElement
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    /// <summary>The BPMN element's local name, e.g. <c>userTask</c>, <c>exclusiveGateway</c>.</summary>
    public required string ElementType { get; init; }
    /// <summary>1-based line of the element in the deployed XML.</summary>
    public int Line { get; init; }
    /// <summary>The scope that contains this element: the process or a sub-process.</summary>
    public IFlowScope Scope { get; internal set; } = null!;
}
