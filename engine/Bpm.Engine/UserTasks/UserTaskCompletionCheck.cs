using Bpm.Engine.Model;

namespace Bpm.Engine.UserTasks;

/// <summary>What an <see cref="IUserTaskCompletionRule"/> sees of the task being completed: its element in the model (its
/// headers), its key and name, and its attachments, read only when a rule asks.</summary>
public sealed class UserTaskCompletionCheck(FlowNode node, long taskKey, string? taskName,
    Func<CancellationToken, Task<IReadOnlyList<AttachmentInfo>>> attachments)
{
    public FlowNode Node { get; } = node;
    public long TaskKey { get; } = taskKey;
    /// <summary>The task's name, or its element id when it has none.</summary>
    public string TaskName { get; } = taskName ?? node.Id;

    public Task<IReadOnlyList<AttachmentInfo>> AttachmentsAsync(CancellationToken ct) => attachments(ct);
}
