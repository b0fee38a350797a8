using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Deadlines;

/// <summary>Starts a named statutory period: sets <c>deadlines.&lt;name&gt;</c> (other names are kept) with its due date on the
/// business calendar, so models use <c>=deadlines.&lt;name&gt;.due</c> in task due dates and timers. Pause, resume and extend
/// are engine commands (API: <c>/api/process-instances/{key}/deadlines/{name}/…</c>).</summary>
[Activity(Type, "启动法定期限", DeadlineActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "按工作日或自然日计算法定期限的到期时间，写入流程变量 deadlines.<名称>，可暂停、恢复和延长。")]
public sealed class StartDeadlineActivity(DeadlineCalculator calculator, Bpm.Engine.Time.BusinessClock clock) : IActivity
{
    private const string Type = "bpm:start-deadline";

    [Input("名称", Required = true, Description = "期限名称，例如 decision；模型中用 deadlines.decision.due 引用到期时间。")]
    public string Name { get; set; } = "";

    [Input("天数", Required = true)]
    public int Days { get; set; }

    [Input("计算方式", Description = "WORKING（工作日，起算日不计入）或 CALENDAR（自然日，到期日遇节假日顺延）。", DefaultValue = DeadlineUnits.Working)]
    public string Unit { get; set; } = DeadlineUnits.Working;

    [Input("起算时间", Description = "ISO 8601 日期或日期时间；默认为当前时间（精确到秒）。")]
    public string? Start { get; set; }

    [Input("机构", Description = "使用该机构的地方日历；默认全国日历。")]
    public string? Organisation { get; set; }

    [Input("操作人")]
    public string? By { get; set; }

    [Input("最多可延长天数", Description = "法律允许的延长上限（各次延长合计，单位同计算方式）；超过的延长申请被拒绝。不填则各次延长合计不超过原期限天数。")]
    public int? MaxExtensionDays { get; set; }

    [Input("延长依据", Description = "规定延长上限的条文，例如《中华人民共和国行政许可法》第四十二条；拒绝超限延长时引用。")]
    public string? ExtensionBasis { get; set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        new NamedDeadlineStarter(calculator, clock, Type).Start(context, Name, Days, Unit, Start, Organisation, By,
            maxExtensionDays: MaxExtensionDays, extensionBasis: ExtensionBasis);
        return ValueTask.CompletedTask;
    }
}
