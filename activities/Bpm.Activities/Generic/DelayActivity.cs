using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Generic;

/// <summary>Waits inside a job (so a job is in flight, e.g. for crash-recovery tests). For business waits use a timer event.</summary>
[Activity("bpm:delay", "延时", GenericActivities.Category, Description = "在作业中等待指定的毫秒数。业务上的等待请使用定时器事件。")]
public sealed class DelayActivity : IActivity
{
    [Input("毫秒", Required = true)]
    public long Milliseconds { get; set; }

    [Output("实际延时（毫秒）")]
    public long DelayedMs { get; private set; }

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (Milliseconds < 0)
            throw new ActivityInputException("bpm:delay", "milliseconds", $"活动「bpm:delay」的输入「milliseconds」不能为负数（实际为 {Milliseconds}）");
        var time = context.Services.GetService<TimeProvider>() ?? TimeProvider.System;
        var started = time.GetTimestamp();
        await Task.Delay(TimeSpan.FromMilliseconds(Milliseconds), time, cancellationToken);
        DelayedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
    }
}
