using Bpm.Engine.Deployment;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using RepositoryRoot = Bpm.Engine.Tests.Infrastructure.RepositoryRoot;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Timers;

namespace Bpm.Engine.Tests.Patterns;

/// <summary>The shipped workflows/deadline-escalation.bpmn, driven through a statutory period across the 2025 National Day
/// holiday: 7 working days from 2025-09-26 09:00 are due 2025-10-13 09:00.</summary>
public abstract class DeadlineEscalationPatternTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Due = new(2025, 10, 13, 9, 0, 0, TimeSpan.FromHours(8));
    // 80 % of the 17-day period after 2025-09-26 09:00.
    private static readonly DateTimeOffset WarningAt = new(2025, 10, 9, 23, 24, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Reminders_warning_and_overdue_escalation_fire_on_the_working_day_schedule()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        var h = e.H;
        await h.Engine.DeployAsync(
            new[] { "deadline-escalation.bpmn", "deadline-escalation-decision.form", "overdue-supervision.form" }
                .Select(name => new DeploymentResource(name, File.ReadAllBytes(System.IO.Path.Combine(RepositoryRoot.Path, "workflows", name)))).ToList(),
            CancellationToken.None);
        var key = await h.StartAsync("deadline-escalation");

        var decide = (await h.OpenTasksAsync(key)).Single();
        Assert.Equal(Due, decide.DueDate);
        Assert.Equal("onTime", decide.Deadline!.State);

        await AdvanceToAsync(e, WarningAt.AddMinutes(-1));
        Assert.DoesNotContain("warn", await h.CompletedElementsAsync(key));
        await AdvanceToAsync(e, WarningAt);
        Assert.Contains("warn", await h.CompletedElementsAsync(key));
        Assert.Equal("warning", (await h.OpenTasksAsync(key)).Single().Deadline!.State);

        await AdvanceToAsync(e, Due.AddDays(-2));
        await AdvanceToAsync(e, Due.AddDays(-1));
        Assert.Equal(2, (await h.CompletedElementsAsync(key)).Count(id => id == "remind"));
        Assert.DoesNotContain(await h.OpenTasksAsync(key), t => t.ElementId == "supervise");

        await AdvanceToAsync(e, Due.AddMinutes(1));
        var open = await h.OpenTasksAsync(key);
        Assert.Equal("overdue", open.Single(t => t.ElementId == "decide").Deadline!.State);
        var supervise = open.Single(t => t.ElementId == "supervise");
        Assert.Equal(["zz-scjg-leaders"], supervise.CandidateGroups);
        Assert.Equal(90, supervise.Priority);
        Assert.Contains("escalate", await h.CompletedElementsAsync(key));
        Assert.Equal(2, (await h.CompletedElementsAsync(key)).Count(id => id == "remind"));

        await h.CompleteTaskAsync(key, "decide");
        await h.CompleteTaskAsync(key, "supervise", new { supervisionNote = "已督促承办人当日办结" });
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Empty(await e.TimersAsync());
    }

    private static async Task AdvanceToAsync(TimerEngine e, DateTimeOffset at)
    {
        e.H.Clock.Advance(at - e.H.Clock.GetUtcNow());
        await e.SweepAsync();
    }
}

public sealed class DeadlineEscalationPatternSqliteTests() : DeadlineEscalationPatternTests(DatabaseProvider.Sqlite);
public sealed class DeadlineEscalationPatternPostgresTests() : DeadlineEscalationPatternTests(DatabaseProvider.Postgres);
