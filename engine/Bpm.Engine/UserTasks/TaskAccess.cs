using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Queries;

namespace Bpm.Engine.UserTasks;

/// <summary>The access rules of a user task. <paramref name="organisations"/> is the task's unit and its ancestors.</summary>
internal sealed class TaskAccess(Viewer viewer, UserTaskEntity task, IReadOnlyCollection<string> organisations)
{
    public bool IsAssignee => task.Assignee == viewer.Username;
    public bool IsOwner => task.Owner == viewer.Username;

    public bool IsCandidate =>
        UserTaskMapper.JsonStrings(task.CandidateUsers).Contains(viewer.Username)
        || UserTaskMapper.JsonStrings(task.CandidateGroups).Any(viewer.Groups.Contains);

    /// <summary>Head of the task's organisation or one of its ancestors: sees the task and may act on it as a head.</summary>
    public bool Oversees => viewer.OverseenOrganisation is { } unit && organisations.Contains(unit);

    /// <summary>Supervisor (司法局) whose area holds the task's organisation: sees it, read-only.</summary>
    public bool Supervises => viewer.SupervisedArea is { } area && organisations.Contains(area);

    public bool CanSee => viewer.IsAdmin || IsAssignee || IsOwner || IsCandidate || Oversees || Supervises;

    public void RequireVisible()
    {
        if (!CanSee)
            Deny("task-visibility", "只有任务的办理人、候选人、所属机构（或上级机构）的负责人、监督该机构的司法局监督人或管理员可以查看该任务");
    }

    public void Require(bool allowed, string rule, string message)
    {
        if (!allowed) Deny(rule, message);
    }

    private void Deny(string rule, string message) =>
        throw new UserTaskAccessDeniedException(rule, People.PeopleNames.Refusal(viewer.Name, message));

    public bool IsAdmin => viewer.IsAdmin;
}
