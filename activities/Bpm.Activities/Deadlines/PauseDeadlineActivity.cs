using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Deadlines;

/// <summary>Pauses the named deadline <c>deadlines.&lt;name&gt;</c> in the model's own step (a hearing, testing, appraisal or
/// public notice that by statute does not count), as <c>POST …/deadlines/{name}/pause</c> does: its timers close until it is
/// resumed.</summary>
[Activity(Type, "暂停法定期限", DeadlineActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "暂停命名期限 deadlines.<名称>（如听证、检测、鉴定、公告期间不计入期限），关闭依赖该期限的定时器，记录原因。")]
public sealed class PauseDeadlineActivity(Bpm.Engine.Time.BusinessClock clock) : IActivity
{
    private const string Type = "bpm:pause-deadline";

    [Input("期限名称", Required = true, Description = "已启动的期限名称，例如 decision。")]
    public string Name { get; set; } = "";

    [Input("暂停原因", Required = true, Description = "例如：当事人申请听证（《中华人民共和国行政处罚法》第六十条）。")]
    public string Reason { get; set; } = "";

    [Input("操作人")]
    public string? By { get; set; }

    [Output("暂停时间", Description = "ISO 8601 日期时间（含时区）。")]
    public string PausedSince { get; private set; } = "";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Reason)) throw InvalidInput.Of(Type, "reason", "is required");
        var deadline = new NamedDeadlineChanger(clock, Type).Change(context, Name,
            (document, now) => DeadlineTransitions.Pause(document, now, By, Reason.Trim()));
        PausedSince = DeadlineDocument.Text(deadline, "pausedSince")!;
        return ValueTask.CompletedTask;
    }
}
