namespace Bpm.Engine.UserTasks;

/// <summary>The person who would perform the task breaks an assignment rule declared in the model (the API answers 409 with
/// <see cref="Rule"/> and <see cref="Law"/>); nothing was changed.</summary>
public sealed class UserTaskRuleViolationException(string rule, string law, string message, string? field = null) : Exception(message)
{
    public string Rule { get; } = rule;
    public string Law { get; } = law;
    public string? Field { get; } = field;
}
