using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Behaviour.Flow;

/// <summary>Inline activity that fails technically while the <see cref="FailureBudget"/> lasts, then sets <c>attempt</c>.</summary>
[Activity("test:flaky-inline", "不稳定（内联）", "测试", Mode = ActivityExecutionMode.Inline)]
public sealed class FlakyInlineActivity(FailureBudget budget) : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (budget.NextAttemptFails()) throw new InvalidOperationException($"flaky attempt {budget.Attempts} failed");
        context.SetVariable("attempt", JsonValue.Create(budget.Attempts));
        return ValueTask.CompletedTask;
    }
}
