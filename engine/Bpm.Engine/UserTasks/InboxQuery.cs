namespace Bpm.Engine.UserTasks;

/// <summary>The user-task list. Sort: <c>created</c> (default), <c>dueDate</c> or <c>priority</c>; order <c>asc</c> or <c>desc</c>
/// (default asc, desc for priority). With AssignedToMe or CandidateForMe and no state, only open tasks are listed.</summary>
public sealed record InboxQuery
{
    public string? ProcessInstanceKey { get; init; }
    public string? State { get; init; }
    public string? Assignee { get; init; }
    public string? CandidateGroup { get; init; }
    public bool AssignedToMe { get; init; }
    public bool CandidateForMe { get; init; }
    public string? Organisation { get; init; }
    public DateTimeOffset? DueBefore { get; init; }
    public bool Overdue { get; init; }
    public string Sort { get; init; } = "created";
    public string? Order { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
