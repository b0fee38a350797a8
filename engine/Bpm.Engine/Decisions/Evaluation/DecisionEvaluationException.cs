namespace Bpm.Engine.Decisions.Evaluation;

/// <summary>A decision could not produce a result: its hit policy was violated (naming the rules), an input or output is
/// outside its allowed values, or a cell failed to evaluate. The message is Chinese and names the decision.</summary>
public sealed class DecisionEvaluationException(string decisionId, string message, Exception? inner = null) : Exception(message, inner)
{
    public string DecisionId { get; } = decisionId;
}
