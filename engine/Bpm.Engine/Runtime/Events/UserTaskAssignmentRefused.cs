using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Events;

/// <summary>The assignee a model named failed the task's assignment rules: the task was created unassigned.</summary>
public sealed class UserTaskAssignmentRefused : KernelEvent
{
    internal UserTaskAssignmentRefused(UserTaskEntity task, string refused, UserTaskRuleViolationException violation) =>
        (Task, Refused, Rule, Reason) = (new(task), refused, violation.Rule, violation.Message);

    public KernelUserTask Task { get; }
    /// <summary>The assignee the model named.</summary>
    public string Refused { get; }
    /// <summary>The rule the assignee failed.</summary>
    public string Rule { get; }
    /// <summary>Why, in words a person reads.</summary>
    public string Reason { get; }
}
