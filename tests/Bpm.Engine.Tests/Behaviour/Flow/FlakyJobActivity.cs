using System.Text.Json.Nodes;
using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Behaviour.Flow;

/// <summary>Job-mode activity that fails technically while the <see cref="FailureBudget"/> lasts, then sets <c>attempt</c>.</summary>
[Activity("test:flaky-job", "不稳定（作业）", "测试", Mode = ActivityExecutionMode.Job)]
public sealed class FlakyJobActivity(FailureBudget budget) : IActivity
{
    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (budget.NextAttemptFails()) throw new InvalidOperationException($"flaky job attempt {budget.Attempts} failed");
        context.SetVariable("attempt", JsonValue.Create(budget.Attempts));
        return ValueTask.CompletedTask;
    }
}
