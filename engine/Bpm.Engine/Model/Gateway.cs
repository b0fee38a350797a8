namespace Bpm.Engine.Model;

public enum GatewayKind { Exclusive, Parallel, Inclusive, EventBased }

public sealed class Gateway : FlowNode
{
    public required GatewayKind Kind { get; init; }
    public SequenceFlow? DefaultFlow { get; internal set; }
}
