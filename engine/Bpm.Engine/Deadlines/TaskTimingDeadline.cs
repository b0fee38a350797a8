using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Deadlines;

/// <summary>The named deadline that times a user task: its model's <c>dueDate</c> reads <c>deadlines.x.due</c> and the case
/// holds a running or paused deadline <c>x</c>. Extending such a task's time is extending that deadline, so its statutory
/// maximum applies and its own history records the extension.</summary>
internal static class TaskTimingDeadline
{
    public static string? Of(InstanceExecution instance, UserTaskEntity task)
    {
        if (instance.State.Variables?[DeadlineDocument.VariableName] is not JsonObject all) return null;
        var element = instance.State.Elements.FirstOrDefault(e => e.UserTaskKey == task.Key);
        if (element is null || instance.NodeOf(element) is not TaskNode { UserTask.DueDate: { } due }) return null;
        return DeadlineReferences.Names(due.Source).Distinct(StringComparer.Ordinal).FirstOrDefault(name =>
            all[name] is JsonObject deadline && DeadlineDocument.Text(deadline, "state") is DeadlineStates.Running or DeadlineStates.Paused);
    }
}
