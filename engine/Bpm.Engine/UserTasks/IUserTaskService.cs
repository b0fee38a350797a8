using System.Text.Json.Nodes;
using Bpm.Engine.Queries;

namespace Bpm.Engine.UserTasks;

/// <summary>User tasks as officers use them. Every call checks the access rules for <see cref="TaskActor"/> and throws
/// <see cref="UserTaskAccessDeniedException"/> when one is broken (nothing changes). Every change is one engine step with a
/// history entry on the task and on the instance journal. Also throws the engine's not-found, conflict and invalid-command errors.</summary>
public interface IUserTaskService
{
    Task<UserTaskInfo> GetAsync(long taskKey, TaskActor actor, CancellationToken ct);
    /// <summary>A non-admin only ever sees tasks they may see, whatever the filters.</summary>
    Task<PagedResult<UserTaskInfo>> ListAsync(InboxQuery query, TaskActor actor, CancellationToken ct);
    /// <summary>Admin, or a head/supervisor of the task's organisation or above.</summary>
    Task AssignAsync(long taskKey, string assignee, TaskActor actor, CancellationToken ct);
    /// <summary>The assignee gives it back, or an admin/head/supervisor takes it away.</summary>
    Task UnassignAsync(long taskKey, TaskActor actor, CancellationToken ct);
    /// <summary>A candidate user or member of a candidate group takes an unassigned task; of concurrent claims one wins.</summary>
    Task ClaimAsync(long taskKey, TaskActor actor, CancellationToken ct);
    /// <summary>The assignee hands the task to <paramref name="to"/> and stays its owner.</summary>
    Task DelegateAsync(long taskKey, string to, TaskActor actor, CancellationToken ct);
    /// <summary>The delegate returns the task to its owner (or the owner, a head or an admin takes it back). The delegate's
    /// form values (<paramref name="variables"/>, optional) are kept on the task, so the owner finds them in the form.</summary>
    Task ResolveAsync(long taskKey, JsonObject? variables, TaskActor actor, CancellationToken ct);
    /// <summary>An officer who may see the task and satisfies its assignment rules confirms it (the two-officer rule); a
    /// second confirmation by the same officer is a conflict.</summary>
    Task ConfirmAsync(long taskKey, TaskActor actor, CancellationToken ct);
    /// <summary>The assignee (not a delegate) or an admin completes the task; with <c>requiredOfficers</c> only after that
    /// many distinct officers confirmed it.</summary>
    Task CompleteAsync(long taskKey, JsonObject? variables, TaskActor actor, CancellationToken ct);
    /// <summary>Throws a BPMN escalation from the task (caught by its escalation boundary event, whose heads are notified).</summary>
    Task EscalateAsync(long taskKey, string code, TaskActor actor, CancellationToken ct);
    Task<CommentInfo> AddCommentAsync(long taskKey, string text, TaskActor actor, CancellationToken ct);
    Task<IReadOnlyList<CommentInfo>> ListCommentsAsync(long taskKey, TaskActor actor, CancellationToken ct);
    Task<AttachmentInfo> AddAttachmentAsync(long taskKey, string name, string contentType, Stream content, TaskActor actor, CancellationToken ct,
        Evidence.EvidenceDetails? evidence = null);
    Task<IReadOnlyList<AttachmentInfo>> ListAttachmentsAsync(long taskKey, TaskActor actor, CancellationToken ct);
    /// <summary>The attachment and its content (the caller disposes the stream).</summary>
    Task<(AttachmentInfo Attachment, Stream Content)> OpenAttachmentAsync(long taskKey, long attachmentKey, TaskActor actor, CancellationToken ct);
    Task<IReadOnlyList<TaskHistoryInfo>> HistoryAsync(long taskKey, TaskActor actor, CancellationToken ct);
}
