using Bpm.Engine.Activities;

namespace Bpm.Benchmarks;

/// <summary>The takeover job on the node that dies: it never finishes there.</summary>
[Activity(ClusterBenchmark.TakeoverJobType, "挂起（基准）", "基准", Mode = ActivityExecutionMode.Job)]
public sealed class HangingJobActivity : IActivity
{
    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        await Task.Delay(Timeout.Infinite, cancellationToken);
}
