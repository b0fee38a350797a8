namespace Bpm.Engine.Model;

/// <summary>Message, timer, link (or signal/conditional, rejected at validation) catch event.</summary>
public sealed class IntermediateCatchEvent : FlowNode
{
    public required EventDefinition Event { get; init; }

    public override EventDefinition? EventGatewayTrigger => Event.Kind is EventKind.Message or EventKind.Timer ? Event : null;
}
