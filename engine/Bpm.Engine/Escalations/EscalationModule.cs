using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Escalations;

/// <summary>督办 on kernel events (a module on the public pipeline, <see cref="IKernelModule"/>): a new task reached through an
/// escalation becomes its head's decision task (or opens a dispute); an ended task settles its escalations; a task the kernel
/// marked overdue opens its OVERDUE escalation; a timer on an overdue task or an escalation caught on a task opens an
/// escalation that the token carries to the head's decision task; a refused assignee is reported to the heads.</summary>
internal sealed class EscalationModule(EscalationSteps escalations) : IKernelModule
{
    public async Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
    {
        switch (@event)
        {
            case UserTaskCreated created:
                await escalations.LinkDecisionTaskAsync(step, created.Instance, created.Element, created.Node, created.Task);
                break;
            case UserTaskEnded ended:
                await escalations.SettleEscalationsOfTaskAsync(step, ended.Task, ended.Actor, ended.Variables);
                break;
            case BoundaryEventTriggered { Boundary.Event.Kind: EventKind.Timer } timer:
                timer.CarriedKey = await escalations.EscalateOverdueTimerAsync(step, timer.Instance, timer.Activity);
                break;
            case BoundaryEventTriggered { Boundary.Event.Kind: EventKind.Escalation, Activity.UserTaskKey: { } taskKey } caught:
                caught.CarriedKey = await escalations.EscalateCaughtOnTaskAsync(step, caught.Instance, taskKey, caught.Code) ?? caught.CarriedKey;
                break;
            case UserTaskOverdue overdue:
                await escalations.OpenOverdueAsync(step, overdue.Instance, overdue.Task, overdue.DueDate);
                break;
            case UserTaskAssignmentRefused refused:
                foreach (var head in await EscalationSteps.HeadsOfAsync(step, refused.Task.OrganisationId))
                    step.Notify(head, EscalationNotificationKinds.AssignmentRefused, refused.Task,
                        $"任务「{refused.Task.Name ?? refused.Task.ElementId}」不能由 {refused.Refused} 办理（{refused.Reason}），请重新分配");
                break;
        }
        await next();
    }
}
