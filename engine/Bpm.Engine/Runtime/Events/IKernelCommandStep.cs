using System.Text.Json.Nodes;

namespace Bpm.Engine.Runtime.Events;

/// <summary>The step of a module's command (<see cref="IKernelCommands.RunAsync{T}"/>): what a module step may do, and the
/// task operations a person's command needs, each with the rules the kernel's own commands apply. Pass tasks taken through
/// <see cref="IKernelStep.FindUserTaskForChangeAsync"/>.</summary>
public interface IKernelCommandStep : IKernelStep
{
    /// <summary>The instance the command runs on, loaded (an ended case was refused).</summary>
    KernelInstance Instance { get; }

    /// <summary>Gives an open task to <paramref name="assignee"/> as a handover does: the target must exist and may receive
    /// it (400 naming <c>assignee</c>, or 409 with the rule), and must pass the task's assignment rules (409); owner and
    /// delegation are cleared; the ASSIGNED event records assignee, previous assignee and <paramref name="details"/>.
    /// Returns the previous assignee.</summary>
    Task<string?> ReassignUserTaskAsync(KernelInstance instance, KernelUserTask task, string assignee, JsonObject? details);

    /// <summary>Moves a task's due date (its warning is recomputed, and it may warn and go overdue again).</summary>
    void SetUserTaskDueDate(KernelUserTask task, DateTimeOffset due);

    /// <summary>The element the open task waits on; null when it no longer waits.</summary>
    KernelElement? WaitingElementOf(KernelInstance instance, KernelUserTask task);

    /// <summary>Completes an open task as the command's actor, who becomes its assignee when it has none. With
    /// <paramref name="validate"/> the variables are checked against the task's form and the actor against its assignment
    /// rules first, as a person's completion is; without, the module supplies variables of its own (an outcome).</summary>
    Task CompleteUserTaskAsync(KernelInstance instance, KernelUserTask task, JsonObject? variables, bool validate);
}
