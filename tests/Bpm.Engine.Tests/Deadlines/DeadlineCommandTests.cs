using System.Text.Json.Nodes;
using Bpm.Engine.Deadlines;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Deadlines;

/// <summary>Pause, resume and extend a named deadline across the 2025 National Day holiday (Oct 1–8 off; Sun Sep 28 and
/// Sat Oct 11 are make-up working days). The harness clock starts on Fri 2025-09-26 09:00 +08:00.</summary>
public abstract class DeadlineCommandTests(DatabaseProvider provider)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int month, int day, int hour = 9) => new(2025, month, day, hour, 0, 0, China);

    private static void MoveTo(EngineHarness h, DateTimeOffset at) => h.Clock.Advance(at - h.Clock.GetUtcNow());

    [Fact]
    public async Task Pause_resume_and_extend_move_the_due_date_the_task_and_its_timer_across_holidays()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(DeadlineBpmn.TaskWithTimer("decision_period", 7));
        var key = await e.H.StartAsync("decision_period");

        // 7 working days after Fri 09-26: Sun 09-28, 09-29, 09-30, 10-09, 10-10, Sat 10-11, Mon 10-13.
        var started = Deadline(await e.H.InstanceAsync(key));
        Assert.Equal(("2025-10-13T09:00:00+08:00", "RUNNING", "WORKING", 7), ((string)started["due"]!, (string)started["state"]!, (string)started["unit"]!, (int)started["days"]!));
        Assert.Equal(At(10, 13), Assert.Single(await e.TimersAsync()).DueAt);
        Assert.Equal(At(10, 13), Assert.Single(await e.H.OpenTasksAsync(key)).DueDate);

        // Paused on Thu 10-09 for a hearing: the timer is closed.
        MoveTo(e.H, At(10, 9, 10));
        var paused = await e.H.Services.GetRequiredService<IDeadlineService>().PauseAsync(key, "decision", "li.si", "听证", CancellationToken.None);
        Assert.Equal(("PAUSED", "2025-10-09T10:00:00+08:00"), ((string)paused["state"]!, (string)paused["pausedSince"]!));
        Assert.Empty(await e.TimersAsync());

        // Past the old due date nothing fires.
        MoveTo(e.H, At(10, 13, 10));
        Assert.Equal(0, await e.SweepAsync());
        Assert.Equal(["decide"], (await e.H.InstanceAsync(key)).ActiveElementIds);

        // Resumed on Mon 10-13: Fri 10-10, Sat 10-11 and Mon 10-13 were paused working days, so the due date moves 3 working days.
        var resumed = await e.H.Services.GetRequiredService<IDeadlineService>().ResumeAsync(key, "decision", "li.si", null, CancellationToken.None);
        Assert.Equal(("2025-10-16T09:00:00+08:00", "RUNNING"), ((string)resumed["due"]!, (string)resumed["state"]!));
        Assert.Null(resumed["pausedSince"]);
        Assert.Equal(At(10, 16), Assert.Single(await e.TimersAsync()).DueAt);
        Assert.Equal(At(10, 16), Assert.Single(await e.H.OpenTasksAsync(key)).DueDate);

        // Extended by 10 working days from Thu 10-16: 10-17, 10-20…24, 10-27…30.
        var extended = await e.H.Services.GetRequiredService<IDeadlineService>().ExtendAsync(key, "decision", 10, "wang.wu", "案情复杂，经负责人批准延长", CancellationToken.None);
        Assert.Equal("2025-10-30T09:00:00+08:00", (string)extended["due"]!);
        Assert.Equal(At(10, 30), Assert.Single(await e.TimersAsync()).DueAt);
        Assert.Equal(At(10, 30), Assert.Single(await e.H.OpenTasksAsync(key)).DueDate);

        var history = Deadline(await e.H.InstanceAsync(key))["history"]!.AsArray().Select(h => h!.AsObject()).ToList();
        Assert.Equal(["START", "PAUSE", "RESUME", "EXTEND"], history.Select(h => (string)h["action"]!));
        Assert.Equal(("li.si", "2025-10-09T10:00:00+08:00", "听证"), ((string)history[1]["by"]!, (string)history[1]["at"]!, (string)history[1]["reason"]!));
        Assert.Equal(("2025-10-13T09:00:00+08:00", "2025-10-16T09:00:00+08:00"), ((string)history[2]["dueBefore"]!, (string)history[2]["dueAfter"]!));
        Assert.Equal(("wang.wu", "案情复杂，经负责人批准延长", 10, "2025-10-30T09:00:00+08:00"),
            ((string)history[3]["by"]!, (string)history[3]["reason"]!, (int)history[3]["days"]!, (string)history[3]["dueAfter"]!));
        Assert.Equal(4, (await e.H.HistoryAsync(key)).Count(h => h.Event == "VARIABLE_SET" && h.Name == "deadlines"));

        // The timer fires at the new due date, not before.
        MoveTo(e.H, At(10, 30) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Equal(["start", "deadline", "timer", "timedOut"], await e.H.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task A_timer_reached_while_its_deadline_is_paused_waits_for_the_resume()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(DeadlineBpmn.CatchAfterTask("hearing_first", 7));
        var key = await e.H.StartAsync("hearing_first");

        MoveTo(e.H, At(10, 9, 10));
        await e.H.Services.GetRequiredService<IDeadlineService>().PauseAsync(key, "decision", "li.si", "听证", CancellationToken.None);
        await e.H.CompleteTaskAsync(key, "hearing");
        Assert.Equal(["wait"], (await e.H.InstanceAsync(key)).ActiveElementIds);
        Assert.Empty(await e.TimersAsync());

        MoveTo(e.H, At(10, 13, 10));
        Assert.Equal(0, await e.SweepAsync());
        await e.H.Services.GetRequiredService<IDeadlineService>().ResumeAsync(key, "decision", "li.si", "听证结束", CancellationToken.None);
        Assert.Equal(At(10, 16), Assert.Single(await e.TimersAsync()).DueAt);

        MoveTo(e.H, At(10, 16));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task Only_the_timer_after_an_event_based_gateway_that_reads_the_deadline_pauses()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(DeadlineBpmn.GatewayRace("gateway_race", 7));
        var key = await e.H.StartAsync("gateway_race");
        Assert.Equal(2, (await e.TimersAsync()).Count);

        MoveTo(e.H, At(10, 9, 10));
        await e.H.Services.GetRequiredService<IDeadlineService>().PauseAsync(key, "decision", "li.si", "公告", CancellationToken.None);
        Assert.Equal("never", Assert.Single(await e.TimersAsync()).ElementId);

        MoveTo(e.H, At(10, 13, 10));
        await e.H.Services.GetRequiredService<IDeadlineService>().ResumeAsync(key, "decision", "li.si", null, CancellationToken.None);
        Assert.Equal(["late", "never"], (await e.TimersAsync()).Select(t => t.ElementId));
        MoveTo(e.H, At(10, 16));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Contains("endLate", await e.H.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Calendar_day_deadlines_roll_past_holidays_and_add_the_calendar_days_paused()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(DeadlineBpmn.TaskWithTimer("calendar_period", 10, "CALENDAR"));
        var key = await e.H.StartAsync("calendar_period");

        // 09-26 + 10 days = Mon 10-06, inside the holiday: rolls to Thu 10-09.
        Assert.Equal("2025-10-09T09:00:00+08:00", (string)Deadline(await e.H.InstanceAsync(key))["due"]!);

        MoveTo(e.H, At(9, 29));
        await e.H.Services.GetRequiredService<IDeadlineService>().PauseAsync(key, "decision", "li.si", "检测", CancellationToken.None);
        MoveTo(e.H, At(10, 2));
        // 3 calendar days paused: 10-09 + 3 = Sun 10-12, a rest day: rolls to Mon 10-13.
        var resumed = await e.H.Services.GetRequiredService<IDeadlineService>().ResumeAsync(key, "decision", "li.si", null, CancellationToken.None);
        Assert.Equal("2025-10-13T09:00:00+08:00", (string)resumed["due"]!);
        // Extending while running by 5 calendar days: Sat 10-18 rolls to Mon 10-20.
        var extended = await e.H.Services.GetRequiredService<IDeadlineService>().ExtendAsync(key, "decision", 5, "wang.wu", "鉴定", CancellationToken.None);
        Assert.Equal("2025-10-20T09:00:00+08:00", (string)extended["due"]!);
        Assert.Equal(At(10, 20), Assert.Single(await e.TimersAsync()).DueAt);
    }

    [Fact]
    public async Task Wrong_commands_are_rejected_with_not_found_conflict_or_the_field_at_fault()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(DeadlineBpmn.TaskWithTimer("rejections", 7));
        var key = await e.H.StartAsync("rejections");
        var engine = e.H.Services.GetRequiredService<IDeadlineService>();
        var none = CancellationToken.None;

        await Assert.ThrowsAsync<EngineNotFoundException>(() => engine.PauseAsync(key + 999_999, "decision", "u", "r", none));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => engine.PauseAsync(key, "appeal", "u", "r", none));
        await Assert.ThrowsAsync<EngineConflictException>(() => engine.ResumeAsync(key, "decision", "u", null, none));
        Assert.Equal("reason", (await Assert.ThrowsAsync<InvalidCommandException>(() => engine.PauseAsync(key, "decision", "u", " ", none))).Field);
        Assert.Equal("days", (await Assert.ThrowsAsync<InvalidCommandException>(() => engine.ExtendAsync(key, "decision", 0, "u", "r", none))).Field);
        Assert.Equal("reason", (await Assert.ThrowsAsync<InvalidCommandException>(() => engine.ExtendAsync(key, "decision", 3, "u", "", none))).Field);

        await engine.PauseAsync(key, "decision", "u", "公告", none);
        await Assert.ThrowsAsync<EngineConflictException>(() => engine.PauseAsync(key, "decision", "u", "again", none));
        // Extending while paused moves the due date but the timer stays closed until the resume.
        var extended = await engine.ExtendAsync(key, "decision", 1, "u", "r", none);
        Assert.Equal(("2025-10-14T09:00:00+08:00", "PAUSED"), ((string)extended["due"]!, (string)extended["state"]!));
        Assert.Empty(await e.TimersAsync());
    }

    private static JsonObject Deadline(Queries.ProcessInstanceInfo instance) => instance.Variables["deadlines"]!["decision"]!.AsObject();
}

public sealed class DeadlineCommandSqliteTests() : DeadlineCommandTests(DatabaseProvider.Sqlite);
public sealed class DeadlineCommandPostgresTests() : DeadlineCommandTests(DatabaseProvider.Postgres);
