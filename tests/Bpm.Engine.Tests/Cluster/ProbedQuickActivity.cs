using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>A job that is done at once, counted by the <see cref="InstanceOverlapProbe"/>.</summary>
[Activity("test:probed-quick", "探测快速（作业）", "测试", Mode = ActivityExecutionMode.Job)]
public sealed class ProbedQuickActivity(InstanceOverlapProbe probe) : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        probe.Enter(context.Invocation.ProcessInstanceKey);
        probe.Exit(context.Invocation.ProcessInstanceKey);
        return ValueTask.CompletedTask;
    }
}
