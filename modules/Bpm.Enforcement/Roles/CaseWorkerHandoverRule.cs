using Bpm.Engine.People;
using Bpm.Engine.UserTasks;

namespace Bpm.Enforcement.Roles;

/// <summary>A task handed on must go to someone who works cases (officer, reviewer, head or admin): a designer or a
/// supervisor (read-only) would strand it.</summary>
public sealed class CaseWorkerHandoverRule : IHandoverTargetRule
{
    public const string Rule = "handover-target-role";

    /// <summary>Roles whose holders work tasks.</summary>
    public static readonly IReadOnlySet<string> WorkingRoles = new HashSet<string>(StringComparer.Ordinal) { "officer", "reviewer", "head", "admin" };

    public Task CheckAsync(Person target, string taskLabel, string field, CancellationToken ct)
    {
        if (!target.Roles.Any(WorkingRoles.Contains))
            throw new UserTaskRuleViolationException(Rule, HandoverRules.Basis,
                $"{target.DisplayName}不是执法、审核人员或负责人，不能办理任务「{taskLabel}」", field);
        return Task.CompletedTask;
    }
}
