using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Escalations;

/// <summary>Who may see and settle an escalation. <paramref name="organisations"/> is its unit and that unit's ancestors.</summary>
internal sealed class EscalationAccess(Viewer viewer, EscalationEntity escalation, IReadOnlyCollection<string> organisations)
{
    public bool Oversees => viewer.OverseenOrganisation is { } unit && organisations.Contains(unit);
    public bool MaySettle => viewer.IsAdmin || Oversees;

    public void RequireVisible()
    {
        if (!(MaySettle || escalation.OriginAssignee == viewer.Username))
            throw new UserTaskAccessDeniedException("escalation-visibility",
                $"{viewer.Username}: 只有所属机构（或上级机构）的负责人/监督人、被督办的办理人或管理员可以查看该督办事项 "
                + "(only a head or supervisor of its organisation or above, the escalated officer, or an admin may see this escalation)");
    }

    public void RequireSettle()
    {
        RequireVisible();
        if (!MaySettle)
            throw new UserTaskAccessDeniedException("escalation-requires-head",
                $"{viewer.Username}: 只有所属机构（或上级机构）的负责人/监督人或管理员可以处理督办事项 "
                + "(only a head or supervisor of its organisation or above, or an admin, may settle an escalation)");
    }
}
