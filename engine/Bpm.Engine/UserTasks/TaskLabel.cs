using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.UserTasks;

/// <summary>How a text a person reads names a task: by its name (立案审批), the element id only when it has none; never by
/// its key.</summary>
internal static class TaskLabel
{
    public static string Of(UserTaskEntity task) => $"任务「{(string.IsNullOrWhiteSpace(task.Name) ? task.ElementId : task.Name)}」";
}
