using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

/// <summary>zeebe:calledElement processId (static or FEEL), with variable propagation flags (both default true).</summary>
public sealed class CallActivityNode : Activity
{
    public required FeelExpression CalledProcessId { get; init; }
    public bool PropagateAllChildVariables { get; init; } = true;
    public bool PropagateAllParentVariables { get; init; } = true;
}
