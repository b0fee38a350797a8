using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Invariants;

/// <summary>Evaluates the rules a user task's <c>invariants</c> header names against the task's variables with the
/// completion's variables laid over them, in the completing step before anything changes. The first rule that does not hold
/// refuses the completion (<see cref="UserTaskRuleViolationException"/>: the API answers 409 with the rule and its law).</summary>
internal sealed class InvariantChecker(InvariantCatalogue catalogue)
{
    public void Check(InstanceExecution instance, UserTaskEntity task, JsonObject? variables, CancellationToken ct)
    {
        var ids = InvariantHeader.Of(instance.Model.Node(task.ElementId));
        if (ids.Count == 0) return;
        var overlay = (variables ?? []).ToDictionary(p => p.Key, p => FeelValues.FromJson(p.Value), StringComparer.Ordinal);
        var context = new VariableFeelContext(instance, task.ElementInstanceKey, overlay);
        foreach (var id in ids)
        {
            var (rule, condition) = catalogue.Get(id);
            string? failure = null;
            try
            {
                if (condition.Evaluate(context, ct) is true) continue;
            }
            catch (Exception ex) when (ex is FeelEvaluationException or FeelLimitExceededException)
            {
                failure = ex.Message;
            }
            throw new UserTaskRuleViolationException(rule.Id, rule.Law,
                $"{rule.Message}（{rule.Law}）" + (failure is null ? "" : $"；规则无法求值：{failure}"));
        }
    }
}
