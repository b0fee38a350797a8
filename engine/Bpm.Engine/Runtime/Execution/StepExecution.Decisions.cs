using Bpm.Engine.Decisions.Evaluation;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Behaviors;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution : IDecisionBehavior
{
    public const string DecisionEvaluated = "DECISION_EVALUATED";

    public async Task EvaluateCalledDecisionAsync(InstanceExecution instance, ElementInstance element, TaskNode node)
    {
        var called = node.CalledDecision ?? throw new IncidentException(IncidentTypes.CalledDecision, $"'{node.Id}' has no zeebe:calledDecision");
        var decision = Context.Decisions is { } decisions ? await decisions.FindAsync(called.DecisionId, null, Cancellation) : null;
        if (decision is null)
            throw new IncidentException(IncidentTypes.CalledDecision,
                $"决策 '{called.DecisionId}' 未部署 (no decision with id '{called.DecisionId}' is deployed)");
        DecisionEvaluation evaluation;
        try
        {
            evaluation = DecisionEvaluator.Evaluate(decision.Graph, called.DecisionId, FeelContext(instance, element.Key), Cancellation);
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
        Record(instance, DecisionEvaluated, node.Id, node.ElementType, element.Key, name: called.DecisionId, value: record);
        SetCompletionVariables(instance, element, [new(called.ResultVariable, FeelValues.ToJson(evaluation.Result))]);
    }
}
