using Bpm.Engine.Activities;

namespace Bpm.Activities.Generic;

/// <summary>For tests and demonstrations: with an error code it raises a BPMN error, otherwise a technical failure (retried).</summary>
[Activity("bpm:fail", "抛出错误", GenericActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "有错误代码时抛出 BPMN 错误（可被错误边界事件捕获）；否则为技术故障，按重试次数重试后生成事件单。")]
public sealed class FailActivity : IActivity
{
    public const string DefaultMessage = "failed on purpose";

    [Input("错误代码")]
    public string? ErrorCode { get; set; }

    [Input("错误消息")]
    public string? Message { get; set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(ErrorCode)) throw new BpmnErrorException(ErrorCode, Message);
        throw new InvalidOperationException(Message ?? DefaultMessage);
    }
}
