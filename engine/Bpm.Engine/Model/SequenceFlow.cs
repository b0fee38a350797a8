using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

public sealed class SequenceFlow : FlowElement
{
    public FlowNode Source { get; internal set; } = null!;
    public FlowNode Target { get; internal set; } = null!;
    /// <summary>FEEL condition (<c>=amount &gt;= 10000</c>), or null for an unconditional flow.</summary>
    public FeelExpression? Condition { get; init; }
    /// <summary>True when the source gateway/activity names this flow as its default.</summary>
    public bool IsDefault { get; internal set; }
}
