using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Deadlines;

/// <summary>Extends a running named deadline from inside the model, after the approval the law asks for (e.g. 行政许可法
/// 第四十二条: +10 working days with the head's approval): the due date moves by <c>days</c> in the deadline's own unit and a
/// history entry keeps who and why, exactly as the extension command does. Unlike that command it does not move timers
/// already waiting on the old due date, so models place it where none is open (between the tasks that read the deadline).</summary>
[Activity(Type, "延长法定期限", DeadlineActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "经批准延长已启动的法定期限：到期时间顺延指定天数（按原期限的工作日或自然日），并记录批准人和理由。")]
public sealed class ExtendDeadlineActivity(DeadlineCalculator calculator, TimeProvider clock) : IActivity
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
        ArgumentNullException.ThrowIfNull(context);
        if (Days < 1) throw InvalidInput.Of(Type, "days", $"must be a positive number of days (got {Days})");
        if (string.IsNullOrWhiteSpace(Reason)) throw InvalidInput.Of(Type, "reason", "is required");
        var all = context.Variables.TryGetValue(DeadlineDocument.VariableName, out var existing) && existing is JsonObject current
            ? current.DeepClone().AsObject()
            : [];
        if (all[Name.Trim()] is not JsonObject deadline)
            throw InvalidInput.Of(Type, "name", $"names no started deadline (got '{Name}')");
        if (DeadlineDocument.Text(deadline, "state") == DeadlineStates.Paused)
            throw InvalidInput.Of(Type, "name", $"names a paused deadline ('{Name}'); resume it first");

        var due = DeadlineDocument.Parse(deadline, "due");
        var unit = DeadlineDocument.Text(deadline, "unit") == DeadlineUnits.Calendar ? DeadlineUnits.Calendar : DeadlineUnits.Working;
        var extended = calculator.Extended(due, Days, unit, DeadlineDocument.Text(deadline, "organisation"));
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clock.LocalTimeZone);
        deadline["due"] = DeadlineDocument.Format(extended);
        DeadlineDocument.AddHistory(deadline, DeadlineDocument.Entry(DeadlineActions.Extend, now, By, Reason.Trim(), Days, due, extended));
        context.SetVariable(DeadlineDocument.VariableName, all);
        return ValueTask.CompletedTask;
    }
}
