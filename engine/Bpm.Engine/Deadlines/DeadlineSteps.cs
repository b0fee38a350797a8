using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Deadlines;

/// <summary>Named deadlines (the process variable <c>deadlines</c>) inside a step: timers and task due dates that depend on
/// one follow it when it is paused, resumed or extended. "Depends on" is textual, see <see cref="DeadlineReferences"/>.</summary>
internal static class DeadlineSteps
{
    /// <summary>A detached copy of the process variable <c>deadlines</c> and the member <paramref name="name"/> inside it.</summary>
    public static (JsonObject All, JsonObject Deadline) FindDeadline(InstanceExecution instance, string name)
    {
        if (instance.State.Variables?[DeadlineDocument.VariableName] is JsonObject all && all[name] is JsonObject)
        {
            var copy = all.DeepClone().AsObject();
            return (copy, copy[name]!.AsObject());
        }
        throw new EngineNotFoundException($"流程实例 {instance.Key} 没有期限「{name}」");
    }

    /// <summary>Writes the changed deadlines (journalled as VARIABLE_SET) and recomputes everything that depends on
    /// <paramref name="name"/>: while it is paused its timers are held closed; when it runs they are (re)opened at the new due
    /// date, and open user tasks whose dueDate uses it get the new due date.</summary>
    public static async Task ApplyDeadlineAsync(this StepExecution step, InstanceExecution instance, JsonObject all, string name)
    {
        step.SetLocal(instance, instance.Key, DeadlineDocument.VariableName, all);
        var paused = DeadlineDocument.Text(all[name]!.AsObject(), "state") == DeadlineStates.Paused;
        foreach (var element in instance.State.Elements.ToList())
        {
            try
            {
                await step.ReplanTimersAsync(instance, element, timer => DeadlineReferences.DependsOn(timer.Expression.Source, name), hold: paused);
                await RecomputeTaskDueDateAsync(step, instance, element, name);
            }
            catch (IncidentException ex)
            {
                throw new EngineConflictException($"{ElementLabel.Of(instance.NodeOf(element))}不能跟随期限「{name}」：{ex.Message}");
            }
        }
    }

    /// <summary>An activity changed deadline <paramref name="name"/> in the <c>deadlines</c> variable it set: that value (as
    /// the element sees it, local when the element has output mappings) becomes the instance's, and its dependents follow.</summary>
    public static async Task FollowDeadlineAsync(this StepExecution step, InstanceExecution instance, ElementInstance element, string name)
    {
        if (!StepExecution.TryLookup(instance, element.Key, DeadlineDocument.VariableName, out var value) || value is not JsonObject all || all[name] is not JsonObject)
            throw new IncidentException(IncidentTypes.ExtractValue, $"修改了期限「{name}」，但变量 deadlines 中没有该期限");
        await step.ApplyDeadlineAsync(instance, all.DeepClone().AsObject(), name);
    }

    private static async Task RecomputeTaskDueDateAsync(StepExecution step, InstanceExecution instance, ElementInstance element, string name)
    {
        if (element.UserTaskKey is not { } taskKey || instance.NodeOf(element) is not TaskNode { UserTask.DueDate: { } due }
            || !DeadlineReferences.DependsOn(due.Source, name)) return;
        if (await step.FindTaskForChangeAsync(taskKey) is not { State: UserTaskState.Created } task) return;
        step.SetDueDate(task, FeelConversions.ToDateTime(step.Evaluate(due, instance, element.Key, "dueDate"), "dueDate", step.Context.BusinessClock.Zone));
    }
}
