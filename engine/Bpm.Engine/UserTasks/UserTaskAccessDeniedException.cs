namespace Bpm.Engine.UserTasks;

/// <summary>The caller may not do this with the task; <see cref="Rule"/> names the access rule (the API answers 403).</summary>
public sealed class UserTaskAccessDeniedException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
