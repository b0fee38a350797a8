using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

/// <summary>A business rule task's zeebe:calledDecision: the decision (latest version) and the variable its result goes to.
/// <see cref="DecisionIdExpression"/> is set when the id is a FEEL expression (<c>decisionId="=…"</c>, as Camunda 8 allows):
/// the decision is then chosen at run time from the case's variables (e.g. the violation chosen in a form) and
/// <see cref="DecisionId"/> is the expression's text.</summary>
public sealed record CalledDecision(string DecisionId, string ResultVariable)
{
    public FeelExpression? DecisionIdExpression { get; init; }
}
