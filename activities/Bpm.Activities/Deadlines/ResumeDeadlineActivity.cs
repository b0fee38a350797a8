using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Deadlines;

/// <summary>Resumes the paused named deadline <c>deadlines.&lt;name&gt;</c> in the model's own step, as
/// <c>POST …/deadlines/{name}/resume</c> does: the paused days do not count, so the due date moves by them (working days for
/// a WORKING period, calendar days rolled past rest days for a CALENDAR one), and its timers reopen at the new due date.</summary>
[Activity(Type, "恢复法定期限", DeadlineActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "恢复已暂停的命名期限 deadlines.<名称>，暂停期间不计入，顺延到期时间并重新设置依赖该期限的定时器。")]
public sealed class ResumeDeadlineActivity(DeadlineCalculator calculator, Bpm.Engine.Time.BusinessClock clock) : IActivity
{
    private const string Type = "bpm:resume-deadline";

    [Input("期限名称", Required = true, Description = "已暂停的期限名称，例如 decision。")]
    public string Name { get; set; } = "";

    [Input("恢复原因", Description = "例如：听证结束。")]
    public string? Reason { get; set; }

    [Input("操作人")]
    public string? By { get; set; }

    [Output("新的到期时间", Description = "ISO 8601 日期时间（含时区）。")]
    public string DueDate { get; private set; } = "";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var deadline = new NamedDeadlineChanger(clock, Type).Change(context, Name,
            (document, now) => DeadlineTransitions.Resume(document, calculator, now, By, Reason?.Trim()));
        DueDate = DeadlineDocument.Text(deadline, "due")!;
        return ValueTask.CompletedTask;
    }
}
