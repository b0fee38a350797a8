using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Deadlines;

/// <summary>Extends a running named deadline from inside the model, after the approval the law asks for (e.g. 行政许可法
/// 第四十二条: +10 working days with the head's approval), as <c>POST …/deadlines/{name}/extension</c> does: the due date
/// moves by <c>days</c> in the deadline's own unit, a history entry keeps who and why, and the timers and task due dates
/// that read the deadline follow in the same step.</summary>
[Activity(Type, "延长法定期限", DeadlineActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "经批准延长已启动的法定期限：到期时间顺延指定天数（按原期限的工作日或自然日），依赖该期限的定时器和任务期限随之调整，并记录批准人和理由。")]
public sealed class ExtendDeadlineActivity(DeadlineCalculator calculator, Bpm.Engine.Time.BusinessClock clock) : IActivity
{
    private const string Type = "bpm:extend-deadline";

    [Input("名称", Required = true, Description = "已启动的期限名称，例如 decision。")]
    public string Name { get; set; } = "";

    [Input("延长天数", Required = true)]
    public int Days { get; set; }

    [Input("延长理由", Required = true)]
    public string Reason { get; set; } = "";

    [Input("批准人")]
    public string? By { get; set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (Days < 1) throw InvalidInput.Of(Type, "days", $"must be a positive number of days (got {Days})");
        if (string.IsNullOrWhiteSpace(Reason)) throw InvalidInput.Of(Type, "reason", "is required");
        new NamedDeadlineChanger(clock, Type).Change(context, Name,
            (deadline, now) => DeadlineTransitions.Extend(deadline, calculator, Days, now, By, Reason.Trim()));
        return ValueTask.CompletedTask;
    }
}
