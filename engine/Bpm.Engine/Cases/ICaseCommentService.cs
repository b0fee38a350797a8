using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Cases;

/// <summary>Comments on a case as a whole. Whoever may see the case (<see cref="ICaseAccessService.RequireVisibleAsync"/>)
/// may read and add them: a supervisor's or a reviewer's remark belongs to the case as much as the officer's.</summary>
public interface ICaseCommentService
{
    Task<CaseCommentInfo> AddAsync(long processInstanceKey, string text, TaskActor actor, CancellationToken ct);
    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<CaseCommentInfo>> ListAsync(long processInstanceKey, TaskActor actor, CancellationToken ct);
}
