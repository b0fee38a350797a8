using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.UserTasks;

internal sealed partial class UserTaskService
{
    /// <summary>Throws <see cref="UserTaskRuleViolationException"/> when <paramref name="performer"/> may not perform the task
    /// under the assignment rules its model declares.</summary>
    internal Task CheckAssignmentRulesAsync(StepExecution step, InstanceExecution instance, UserTaskEntity task, string performer,
        string field, CancellationToken ct) =>
        rules.CheckAsync(instance.Model.Node(task.ElementId), task, performer, step.Now, field, ct);
}
