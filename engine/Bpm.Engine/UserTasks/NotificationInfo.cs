namespace Bpm.Engine.UserTasks;

public sealed record NotificationInfo(string NotificationKey, string Kind, string Message, string? UserTaskKey,
    string? ProcessInstanceKey, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
