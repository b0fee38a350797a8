using Bpm.Engine.Deadlines;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Modules.Deadlines;

/// <summary>Named deadlines on kernel events (module API, docs/adr/0007): when an instance ends, its deadlines close (so
/// nothing reports them running); when an activity changed deadlines, the timers and task due dates that depend on them
/// follow.</summary>
internal sealed class DeadlineModule : IKernelModule
{
    public async Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
    {
        switch (@event)
        {
            case InstanceEnded { Instance: var instance } ended:
                if (DeadlineTransitions.CloseAll(instance.Variable(DeadlineDocument.VariableName), step.Now,
                        ended.Terminated ? "流程终止" : "流程结束") is { } closed)
                    step.SetLocal(instance, instance.Key, DeadlineDocument.VariableName, closed);
                break;
            case ActivityResultApplied applied:
                foreach (var name in applied.Result.ChangedDeadlines)
                    await step.FollowDeadlineAsync(applied.Instance, applied.Element, name);
                break;
        }
        await next();
    }
}
