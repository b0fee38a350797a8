using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>A job that is done at once.</summary>
[Activity("test:quick", "快速（作业）", "测试", Mode = ActivityExecutionMode.Job)]
public sealed class QuickActivity : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        context.SetVariable("done", JsonValue.Create(true));
        return ValueTask.CompletedTask;
    }
}
