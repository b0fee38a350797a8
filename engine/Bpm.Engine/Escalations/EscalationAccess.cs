using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Escalations;

/// <summary>Who may see and settle an escalation. <paramref name="organisations"/> is its unit and that unit's ancestors.</summary>
internal sealed class EscalationAccess(Viewer viewer, EscalationEntity escalation, IReadOnlyCollection<string> organisations)
{
    public bool Oversees => viewer.OverseenOrganisation is { } unit && organisations.Contains(unit);
    /// <summary>A supervisor (司法局) of the escalation's area: sees it, read-only.</summary>
    public bool Supervises => viewer.SupervisedArea is { } area && organisations.Contains(area);
    public bool MaySettle => viewer.IsAdmin || Oversees;

    public void RequireVisible()
    {
        if (!(MaySettle || Supervises || escalation.OriginAssignee == viewer.Username))
            throw new UserTaskAccessDeniedException("escalation-visibility",
                People.PeopleNames.Refusal(viewer.Name, "只有所属机构（或上级机构）的负责人、监督该机构的司法局监督人、被督办的办理人或管理员可以查看该督办事项"));
    }

    public void RequireSettle()
    {
        RequireVisible();
        if (!MaySettle)
            throw new UserTaskAccessDeniedException("escalation-requires-head",
                People.PeopleNames.Refusal(viewer.Name, "只有所属机构（或上级机构）的负责人或管理员可以处理督办事项，监督人只读"));
    }
}
