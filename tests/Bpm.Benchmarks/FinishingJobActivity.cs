using Bpm.Engine.Activities;

namespace Bpm.Benchmarks;

/// <summary>The takeover job on the live node: done at once.</summary>
[Activity(ClusterBenchmark.TakeoverJobType, "完成（基准）", "基准", Mode = ActivityExecutionMode.Job)]
public sealed class FinishingJobActivity : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
