using Bpm.Engine.Decisions.Evaluation;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Evaluates a business rule task's deployed decision in the step and records the evaluation.</summary>
internal sealed class DecisionBehavior(StepState step, IVariableBehavior variables) : IDecisionBehavior
{
    public const string DecisionEvaluated = "DECISION_EVALUATED";

    public async Task EvaluateCalledDecisionAsync(InstanceExecution instance, ElementInstance element, TaskNode node)
    {
        var called = node.CalledDecision ?? throw new IncidentException(IncidentTypes.CalledDecision, "缺少 zeebe:calledDecision");
        var decisionId = DecisionIdOf(instance, element, called);
        var decision = step.Context.Decisions is { } decisions ? await decisions.FindAsync(decisionId, null, step.Cancellation) : null;
        if (decision is null)
            throw new IncidentException(IncidentTypes.CalledDecision,
                $"决策「{decisionId}」未部署");
        DecisionEvaluation evaluation;
        try
        {
            evaluation = DecisionEvaluator.Evaluate(decision.Graph, decisionId, ScopeVariables.FeelContext(instance, element.Key), step.Cancellation);
        }
        catch (DecisionEvaluationException ex)
        {
            throw new IncidentException(IncidentTypes.CalledDecision, $"{ex.Message}（决策「{ex.DecisionId}」第 {decision.Version} 版）", ex);
        }
        catch (FeelLimitExceededException ex)
        {
            throw new IncidentException(IncidentTypes.EvaluationLimit, $"决策「{decisionId}」：{ex.Message}", ex);
        }
        var record = evaluation.ToJson();
        record["decisionKey"] = decision.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        record["version"] = decision.Version;
        step.Record(instance, DecisionEvaluated, node.Id, node.ElementType, element.Key, name: decisionId, value: record);
        variables.SetCompletionVariables(instance, element, [new(called.ResultVariable, FeelValues.ToJson(evaluation.Result))]);
    }

    /// <summary>The static id, or the value of the id expression; an expression that fails or gives no text is an incident.</summary>
    private string DecisionIdOf(InstanceExecution instance, ElementInstance element, CalledDecision called)
    {
        if (called.DecisionIdExpression is not { } expression) return called.DecisionId;
        object? value;
        try
        {
            value = expression.Evaluate(ScopeVariables.FeelContext(instance, element.Key), step.Cancellation);
        }
        catch (FeelEvaluationException ex)
        {
            throw new IncidentException(IncidentTypes.CalledDecision,
                $"决策 id 表达式「{called.DecisionId}」无法求值：{ex.Message}", ex);
        }
        return value is string { Length: > 0 } id ? id
            : throw new IncidentException(IncidentTypes.CalledDecision,
                $"决策 id 表达式「{called.DecisionId}」的结果不是决策 id（得到 {FeelValues.ToJson(value)?.ToJsonString() ?? "null"}）");
    }
}
