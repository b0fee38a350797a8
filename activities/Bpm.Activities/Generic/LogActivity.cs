using Bpm.Engine.Activities;

namespace Bpm.Activities.Generic;

[Activity("bpm:log", "写入日志", GenericActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "向流程实例的日志（journal）写入一条消息。")]
public sealed class LogActivity : IActivity
{
    public const string DefaultLevel = "info";

    [Input("消息", Required = true)]
    public string Message { get; set; } = "";

    [Input("级别", Description = "info、warning 或 error；info 之外的级别写在消息前。", DefaultValue = DefaultLevel)]
    public string? Level { get; set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var level = string.IsNullOrWhiteSpace(Level) ? DefaultLevel : Level.Trim();
        context.Log(string.Equals(level, DefaultLevel, StringComparison.OrdinalIgnoreCase) ? Message : $"[{level}] {Message}");
        return ValueTask.CompletedTask;
    }
}
