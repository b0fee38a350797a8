using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Events;

/// <summary>The assignee a model named failed the task's assignment rules: the task was created unassigned.</summary>
internal sealed record UserTaskAssignmentRefused(UserTaskEntity Task, string Refused, UserTaskRuleViolationException Violation) : KernelEvent;
