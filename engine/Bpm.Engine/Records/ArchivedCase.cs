using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Records;

/// <summary>Retention: a case whose instance has ended (completed, which in the workflows follows 归档, or cancelled) is
/// read-only. Every write command checks this on the state it loaded in its step, so a write racing the end loses.</summary>
internal static class ArchivedCase
{
    public static void RequireWritable(InstanceExecution instance)
    {
        if (!instance.IsActive) throw new CaseArchivedException(instance.Key, instance.Entity.State);
    }

    public static void RequireWritable(long processInstanceKey, string? state)
    {
        if (state is not null && state != InstanceStates.Active) throw new CaseArchivedException(processInstanceKey, state);
    }
}
