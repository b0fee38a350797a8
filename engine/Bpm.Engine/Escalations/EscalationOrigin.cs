namespace Bpm.Engine.Escalations;

/// <summary>Where an escalation came from: the task, its element and officer, its due date and whether it is still open.</summary>
public sealed record EscalationOrigin(string TaskKey, string? ElementId, string? Name, string? Assignee, DateTimeOffset? DueDate, string? TaskState);
