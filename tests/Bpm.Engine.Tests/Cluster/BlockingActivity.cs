using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>A job that blocks its thread (as synchronous agency client code does) until the other jobs of its
/// <see cref="JobRendezvous"/> have started too.</summary>
[Activity("test:blocking", "阻塞线程（作业）", "测试", Mode = ActivityExecutionMode.Job)]
public sealed class BlockingActivity(JobRendezvous rendezvous) : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        rendezvous.ArriveAndWait();
        return ValueTask.CompletedTask;
    }
}
