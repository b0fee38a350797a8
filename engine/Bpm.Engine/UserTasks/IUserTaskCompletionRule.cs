namespace Bpm.Engine.UserTasks;

/// <summary>Module API: a rule a module adds to every user-task completion. It runs inside the completing step, after the
/// engine's own checks and before anything changes; it refuses by throwing <see cref="UserTaskRuleViolationException"/>
/// (409 naming the rule, the law and the missing item). Registered with TryAddEnumerable; rules run in registration order.</summary>
public interface IUserTaskCompletionRule
{
    Task CheckAsync(UserTaskCompletionCheck completion, CancellationToken ct);
}
