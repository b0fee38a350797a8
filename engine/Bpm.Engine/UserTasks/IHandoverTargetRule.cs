using Bpm.Engine.People;

namespace Bpm.Engine.UserTasks;

/// <summary>Module API: who may receive a task handed on by assignment, delegation or a head's reassignment, beyond the
/// kernel's own rules (a known, active person within the task's unit, above or below it: <see cref="HandoverRules"/>). The
/// rule refuses by throwing <see cref="UserTaskRuleViolationException"/> naming <paramref name="field"/>; it runs before the
/// kernel's unit check. Registered with TryAddEnumerable; rules run in registration order.</summary>
public interface IHandoverTargetRule
{
    /// <param name="target">The directory's record of the person who would receive the task.</param>
    /// <param name="taskLabel">The task's name (or element id) as refusals name it.</param>
    Task CheckAsync(Person target, string taskLabel, string field, CancellationToken ct);
}
