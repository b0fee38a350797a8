using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Records;

/// <summary>Retention: a case whose instance has ended (completed, which in the workflows follows 归档, or cancelled) is
/// read-only. Commands run in a step that checks every instance it loads (<c>StepExecution.RefusesEndedInstances</c>, set by
/// <c>ProcessEngine.RunCommandAsync</c>), so a write racing the end loses and no command kind can skip the check.</summary>
internal static class ArchivedCase
{
    public static void RequireWritable(InstanceExecution instance)
    {
        if (!instance.IsActive) throw new CaseArchivedException(instance.Key, instance.Entity.State);
    }

    public static void RequireWritable(long processInstanceKey, ProcessInstanceState? state)
    {
        if (state is not null && state != ProcessInstanceState.Active) throw new CaseArchivedException(processInstanceKey, state.Value);
    }
}
