using Bpm.Engine.Decisions.Evaluation;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Business rule tasks: evaluate the latest version of the zeebe:calledDecision decision with the task's variables,
/// record the evaluation (inputs, matched rules, outputs) in the history and put the result in resultVariable. A decision
/// that is not deployed, a violated hit policy or a failing cell raises an incident naming it.</summary>
internal sealed class BusinessRuleTaskBehavior : IElementBehavior
{
    public const string DecisionEvaluated = "DECISION_EVALUATED";

    public async Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        var node = (TaskNode)instance.NodeOf(element);
        var called = node.CalledDecision ?? throw new IncidentException(IncidentTypes.CalledDecision, $"'{node.Id}' has no zeebe:calledDecision");
        var decision = step.Context.Decisions is { } decisions ? await decisions.FindAsync(called.DecisionId, null, step.Cancellation) : null;
        if (decision is null)
            throw new IncidentException(IncidentTypes.CalledDecision,
                $"决策 '{called.DecisionId}' 未部署 (no decision with id '{called.DecisionId}' is deployed)");
        DecisionEvaluation evaluation;
        try
        {
            evaluation = DecisionEvaluator.Evaluate(decision.Graph, called.DecisionId, StepExecution.FeelContext(instance, element.Key), step.Cancellation);
        }
        catch (DecisionEvaluationException ex)
        {
            throw new IncidentException(IncidentTypes.CalledDecision, $"{ex.Message} (decision '{ex.DecisionId}' version {decision.Version})", ex);
        }
        catch (FeelLimitExceededException ex)
        {
            throw new IncidentException(IncidentTypes.EvaluationLimit, $"decision '{called.DecisionId}': {ex.Message}", ex);
        }
        var record = evaluation.ToJson();
        record["decisionKey"] = decision.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        record["version"] = decision.Version;
        step.Record(instance, DecisionEvaluated, node.Id, node.ElementType, element.Key, name: called.DecisionId, value: record);
        step.SetCompletionVariables(instance, element, [new(called.ResultVariable, FeelValues.ToJson(evaluation.Result))]);
        step.Complete(instance, element);
    }
}
