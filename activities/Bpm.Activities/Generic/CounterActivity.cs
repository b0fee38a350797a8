using Bpm.Engine.Activities;

namespace Bpm.Activities.Generic;

/// <summary>Adds a step to a count held in a variable; handy for loops in tests and demonstrations.</summary>
[Activity("bpm:counter", "计数", GenericActivities.Category, Description = "把变量 count 加上步长（默认 1）。")]
public sealed class CounterActivity : IActivity
{
    [Input("当前值", DefaultValue = "=count", Description = "缺省时从 0 开始。")]
    [Output("计数")]
    public long Count { get; set; }

    [Input("步长", DefaultValue = "1")]
    public long Step { get; set; } = 1;

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        Count += Step;
        return ValueTask.CompletedTask;
    }
}
