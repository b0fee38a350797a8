using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Escalations;

/// <summary>督办 on kernel events: a new task reached through an escalation becomes its head's decision task (or opens a
/// dispute); an ended task settles its escalations; a task the kernel marked overdue opens its OVERDUE escalation; a timer on an overdue task or an escalation caught on a task opens an
/// escalation that the token carries to the head's decision task; a refused assignee is reported to the heads.</summary>
internal sealed class EscalationModule(EscalationSteps escalations) : IKernelEventHandler
{
    public async Task HandleAsync(StepExecution step, KernelEvent @event)
    {
        switch (@event)
        {
            case UserTaskCreated created:
                await escalations.LinkDecisionTaskAsync(step, created.Instance.Execution, created.Element.State, created.Node, created.Task.Entity);
                break;
            case UserTaskEnded ended:
                await escalations.SettleEscalationsOfTaskAsync(step, ended.Task.Entity, ended.Actor, ended.Variables);
                break;
            case BoundaryEventTriggered { Boundary.Event.Kind: EventKind.Timer } timer:
                timer.CarriedKey = await escalations.EscalateOverdueTimerAsync(step, timer.Instance.Execution, timer.Activity.State);
                break;
            case BoundaryEventTriggered { Boundary.Event.Kind: EventKind.Escalation, Activity.UserTaskKey: { } taskKey } caught:
                caught.CarriedKey = await escalations.EscalateCaughtOnTaskAsync(step, caught.Instance.Execution, taskKey, caught.Code) ?? caught.CarriedKey;
                break;
            case UserTaskOverdue overdue:
                await escalations.OpenOverdueAsync(step, overdue.Instance.Execution, overdue.Task.Entity, overdue.DueDate);
                break;
            case UserTaskAssignmentRefused refused:
                foreach (var head in await EscalationSteps.HeadsOfAsync(step, refused.Task.OrganisationId))
                    step.Notify(head, EscalationNotificationKinds.AssignmentRefused, refused.Task.Entity,
                        $"任务「{refused.Task.Name ?? refused.Task.ElementId}」不能由 {refused.Refused} 办理（{refused.Reason}），请重新分配");
                break;
        }
    }
}
