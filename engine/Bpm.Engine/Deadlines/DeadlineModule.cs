using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Deadlines;

/// <summary>Named deadlines on kernel events: when an instance ends, its deadlines close (so nothing reports them running);
/// when an activity changed deadlines, the timers and task due dates that depend on them follow.</summary>
internal sealed class DeadlineModule : IKernelEventHandler
{
    public async Task HandleAsync(StepExecution step, KernelEvent @event)
    {
        switch (@event)
        {
            case InstanceEnded ended:
                var instance = ended.Instance.Execution;
                if (DeadlineTransitions.CloseAll(instance.State.Variables?[DeadlineDocument.VariableName], step.Now,
                        ended.Terminated ? "流程终止" : "流程结束") is { } closed)
                    step.SetLocal(instance, instance.Key, DeadlineDocument.VariableName, closed);
                break;
            case ActivityResultApplied applied:
                foreach (var name in applied.Result.ChangedDeadlines)
                    await step.FollowDeadlineAsync(applied.Instance.Execution, applied.Element.State, name);
                break;
        }
    }
}
