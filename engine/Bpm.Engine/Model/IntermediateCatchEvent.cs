namespace Bpm.Engine.Model;

/// <summary>Message, timer, link (or signal/conditional, rejected at validation) catch event.</summary>
public sealed class IntermediateCatchEvent : FlowNode
{
    public required EventDefinition Event { get; init; }
}
