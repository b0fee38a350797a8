using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>A job that takes as long as the test wants: it waits at the <see cref="JobGate"/>.</summary>
[Activity("test:gated", "闸门（作业）", "测试", Mode = ActivityExecutionMode.Job)]
public sealed class GatedActivity(JobGate gate) : IActivity
{
    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        await gate.PassAsync(cancellationToken);
}
