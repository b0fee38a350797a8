namespace Bpm.Engine.UserTasks;

/// <summary>The user-task header that names assignment rules (<see cref="IAssignmentRule.Name"/>) by name, comma-separated,
/// beside the headers a rule reads itself. A name no registered rule has is refused at deployment.</summary>
public static class AssignmentRuleHeader
{
    public const string Name = "assignmentRules";

    public static IReadOnlyList<string> Names(Model.TaskNode task) =>
        task.Headers.TryGetValue(Name, out var list) ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
