using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The module API's view of a command's <see cref="StepExecution"/> (<see cref="IKernelCommandStep"/>).</summary>
internal sealed class KernelCommandStep(StepExecution execution, KernelInstance instance, UserTaskService tasks)
    : KernelStep(execution), IKernelCommandStep
{
    private const string AssigneeField = "assignee";

    public KernelInstance Instance => instance;

    public async Task<string?> ReassignUserTaskAsync(KernelInstance on, KernelUserTask task, string assignee, JsonObject? details)
    {
        var entity = task.Entity;
        await tasks.CheckHandoverTargetAsync(entity, assignee, AssigneeField, Cancellation);
        Execution.Changes.Track(entity);
        var previous = entity.Assignee;
        entity.Assignee = assignee;
        entity.Owner = null;
        entity.DelegationState = null;
        var recorded = new JsonObject { ["assignee"] = assignee, ["previousAssignee"] = previous };
        foreach (var (name, value) in details ?? []) recorded[name] = value?.DeepClone();
        Execution.RecordTaskEvent(on.Execution, entity, UserTaskEvents.Assigned, Actor, recorded);
        await tasks.CheckAssignmentRulesAsync(Execution, on.Execution, entity, assignee, AssigneeField, Cancellation);
        return previous;
    }

    public void SetUserTaskDueDate(KernelUserTask task, DateTimeOffset due)
    {
        Execution.Changes.Track(task.Entity);
        Execution.SetDueDate(task.Entity, due);
    }

    public KernelElement? WaitingElementOf(KernelInstance on, KernelUserTask task) =>
        on.Execution.Find(task.ElementInstanceKey) is { } element ? new KernelElement(element) : null;

    public async Task CompleteUserTaskAsync(KernelInstance on, KernelUserTask task, JsonObject? variables, bool validate)
    {
        var entity = task.Entity;
        var element = on.Execution.Find(entity.ElementInstanceKey)
            ?? throw new EngineConflictException($"用户任务 {entity.Key} 所在环节已结束");
        var actor = Actor ?? throw new InvalidOperationException("A module's command completes a task as its actor.");
        if (validate)
        {
            await Forms.TaskFormCheck.ValidateAsync(Execution.Context, entity, on.Execution, element, variables, Cancellation);
            await tasks.CheckAssignmentRulesAsync(Execution, on.Execution, entity, actor, AssigneeField, Cancellation);
        }
        Execution.Changes.Track(entity);
        entity.Assignee ??= actor;
        await Execution.CompleteUserTaskAsync(on.Execution, element, entity, variables, actor);
    }
}
