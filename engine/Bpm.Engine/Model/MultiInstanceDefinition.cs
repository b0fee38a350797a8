using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

/// <summary>bpmn:multiInstanceLoopCharacteristics with zeebe:loopCharacteristics.</summary>
public sealed class MultiInstanceDefinition
{
    public bool IsSequential { get; init; }
    public required FeelExpression InputCollection { get; init; }
    public string? InputElement { get; init; }
    public string? OutputCollection { get; init; }
    public FeelExpression? OutputElement { get; init; }
    public FeelExpression? CompletionCondition { get; init; }
}
