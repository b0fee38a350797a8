using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Decisions.Evaluation;

/// <summary>Evaluates a decision of a graph: first the decisions it requires (each once), whose results it then reads by
/// name, then its own table or expression.</summary>
public static class DecisionEvaluator
{
    public static DecisionEvaluation Evaluate(DecisionGraph graph, string decisionId, IFeelContext variables, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(variables);
        if (!graph.Decisions.TryGetValue(decisionId, out var decision))
            throw new DecisionEvaluationException(decisionId, $"决策 '{decisionId}' 不在决策需求图 '{graph.Id}' 中");
        return Evaluate(graph, decision, variables, new Dictionary<string, DecisionEvaluation>(StringComparer.Ordinal), ct);
    }

    private static DecisionEvaluation Evaluate(DecisionGraph graph, DecisionModel decision, IFeelContext variables,
        Dictionary<string, DecisionEvaluation> evaluated, CancellationToken ct)
    {
        if (evaluated.TryGetValue(decision.Id, out var done)) return done;
        var required = decision.RequiredDecisions.Select(id => Evaluate(graph, graph.Decisions[id], variables, evaluated, ct)).ToList();
        var context = variables;
        if (required.Count > 0)
        {
            var results = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var r in required)
            {
                results[r.DecisionId] = r.Result;
                results[graph.Decisions[r.DecisionId].VariableName] = r.Result;
            }
            context = new RequiredResultsContext(variables, results);
        }
        var evaluation = decision.Logic switch
        {
            DecisionTable table => new TableEvaluation(decision, table, context, ct).Run(required),
            LiteralExpressionLogic literal => new DecisionEvaluation(decision.Id, decision.Name,
                Cell(decision, "字面量表达式", () => literal.Expression.Evaluate(context, ct)), [], [], required),
            _ => throw new InvalidOperationException($"no evaluation for {decision.Logic.GetType().Name}"),
        };
        evaluated[decision.Id] = evaluation;
        return evaluation;
    }

    /// <summary>Runs one cell, turning a FEEL failure into an error naming the decision and the cell.</summary>
    internal static T Cell<T>(DecisionModel decision, string place, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (FeelEvaluationException ex)
        {
            throw new DecisionEvaluationException(decision.Id, $"{DmnPlace.Decision(decision.Id, decision.Name)}：{place}求值失败：{ex.Message}", ex);
        }
    }
}
