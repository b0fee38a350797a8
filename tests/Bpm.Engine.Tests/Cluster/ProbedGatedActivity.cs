using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>A job that waits at the <see cref="JobGate"/> while the <see cref="InstanceOverlapProbe"/> counts it running.</summary>
[Activity("test:probed-gated", "探测闸门（作业）", "测试", Mode = ActivityExecutionMode.Job)]
public sealed class ProbedGatedActivity(JobGate gate, InstanceOverlapProbe probe) : IActivity
{
    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        probe.Enter(context.Invocation.ProcessInstanceKey);
        try
        {
            await gate.PassAsync(cancellationToken);
        }
        finally
        {
            probe.Exit(context.Invocation.ProcessInstanceKey);
        }
    }
}
