using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Timers and user-task due dates whose expressions depend on a value a module changed, evaluated again
/// (<see cref="Events.IKernelStep.RetimeDependentsAsync"/>).</summary>
internal static class DependentTimes
{
    public static async Task RetimeDependentsAsync(this StepExecution step, InstanceExecution instance, Func<string, bool> dependsOn,
        bool holdTimers, string followed)
    {
        foreach (var element in instance.State.Elements.ToList())
        {
            try
            {
                await step.ReplanTimersAsync(instance, element, timer => dependsOn(timer.Expression.Source), holdTimers);
                await RecomputeTaskDueDateAsync(step, instance, element, dependsOn);
            }
            catch (IncidentException ex)
            {
                throw new EngineConflictException($"{ElementLabel.Of(instance.NodeOf(element))}不能跟随{followed}：{ex.Message}");
            }
        }
    }

    private static async Task RecomputeTaskDueDateAsync(StepExecution step, InstanceExecution instance, ElementInstance element, Func<string, bool> dependsOn)
    {
        if (element.UserTaskKey is not { } taskKey || instance.NodeOf(element) is not TaskNode { UserTask.DueDate: { } due }
            || !dependsOn(due.Source)) return;
        if (await step.FindTaskForChangeAsync(taskKey) is not { State: UserTaskState.Created } task) return;
        step.SetDueDate(task, FeelConversions.ToDateTime(step.Evaluate(due, instance, element.Key, "dueDate"), "dueDate", step.Context.BusinessClock.Zone));
    }
}
