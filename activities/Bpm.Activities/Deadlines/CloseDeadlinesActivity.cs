using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Deadlines;

/// <summary>Closes every named deadline of the case (<c>deadlines.*</c>: state CLOSED, <c>closedAt</c>, a CLOSE history entry
/// with the reason) when the case ends although the instance still runs (a publication period on a parallel branch), so
/// no period of an archived case reports itself running. The engine closes them anyway when the instance ends.</summary>
[Activity(Type, "关闭法定期限", DeadlineActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "案件办结（归档）时关闭本案全部命名期限 deadlines.*（状态 CLOSED），记录关闭时间和原因。")]
public sealed class CloseDeadlinesActivity(Bpm.Engine.Time.BusinessClock clock) : IActivity
{
    private const string Type = "bpm:close-deadlines";

    [Input("关闭原因", Required = true, Description = "例如：案件已归档。")]
    public string Reason { get; set; } = "";

    [Output("关闭的期限数")]
    public int ClosedCount { get; private set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(Reason)) throw InvalidInput.Of(Type, "reason", "is required");
        var now = clock.Now();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        context.Variables.TryGetValue(DeadlineDocument.VariableName, out var existing);
        if (DeadlineTransitions.CloseAll(existing, now, Reason.Trim()) is not { } closed) return ValueTask.CompletedTask;
        ClosedCount = closed.Count(p => p.Value is System.Text.Json.Nodes.JsonObject d && DeadlineDocument.Text(d, "closedAt") == DeadlineDocument.Format(now));
        context.SetVariable(DeadlineDocument.VariableName, closed);
        return ValueTask.CompletedTask;
    }
}
