using System.Security;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Timers;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Deadlines;

/// <summary>A model pauses, resumes (bpm:pause-deadline / bpm:resume-deadline) or extends (bpm:extend-deadline) its own
/// deadline while another branch waits on a task whose due date and timer read it: the timer closes, reopens or moves in
/// the activities' steps, as with the engine's deadline commands. The harness clock starts on Fri 2025-09-26 09:00 +08:00
/// (National Day: Oct 1–8 off, Sat Oct 11 a working day).</summary>
public abstract class InStepDeadlineChangeTests(DatabaseProvider provider)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int month, int day, int hour = 9) => new(2025, month, day, hour, 0, 0, China);

    private static void MoveTo(EngineHarness h, DateTimeOffset at) => h.Clock.Advance(at - h.Clock.GetUtcNow());

    /// <summary>A 7-working-day deadline read by task <c>decide</c> and its timer, and a second branch that changes it.</summary>
    private static string Model(string processId, string changeBranch, string changeFlows) => Bpmn.Process(processId, $"""
        <bpmn:startEvent id="start" />
        {DeadlineBpmn.StartDeadline("deadline", 7)}
        <bpmn:parallelGateway id="fork" />
        {Bpmn.UserTask("decide", $"""<zeebe:taskSchedule dueDate="{SecurityElement.Escape(DeadlineBpmn.Due)}" />""")}
        {Boundary("late", "decide", "timeDate", DeadlineBpmn.Due, interrupting: false)}
        <bpmn:endEvent id="lateEnd" />
        <bpmn:endEvent id="decided" />
        {changeBranch}
        {Bpmn.Chain("start", "deadline", "fork", "decide", "decided")}
        {Bpmn.Flow("f_late", "late", "lateEnd")}
        {changeFlows}
        """);

    private static string PauseModel(string processId) => Model(processId, $"""
        {Bpmn.UserTask("requestHearing")}
        {Bpmn.ServiceTask("pause", "bpm:pause-deadline", """<zeebe:ioMapping><zeebe:input source="=&quot;decision&quot;" target="name" /><zeebe:input source="=&quot;听证&quot;" target="reason" /></zeebe:ioMapping>""")}
        {Bpmn.UserTask("hearing")}
        {Bpmn.ServiceTask("resume", "bpm:resume-deadline", """<zeebe:ioMapping><zeebe:input source="=&quot;decision&quot;" target="name" /></zeebe:ioMapping>""")}
        <bpmn:endEvent id="heard" />
        """, $"""
        {Bpmn.Flow("f_hearing", "fork", "requestHearing")}
        {Bpmn.Chain("requestHearing", "pause", "hearing", "resume", "heard")}
        """);

    private static string ExtensionModel(string processId) => Model(processId, $"""
        {Bpmn.UserTask("approveExtension")}
        {Bpmn.ServiceTask("extend", "bpm:extend-deadline", """<zeebe:ioMapping><zeebe:input source="=&quot;decision&quot;" target="name" /><zeebe:input source="=10" target="days" /><zeebe:input source="=&quot;案情复杂，负责人批准&quot;" target="reason" /></zeebe:ioMapping>""")}
        <bpmn:endEvent id="extended" />
        """, $"""
        {Bpmn.Flow("f_extension", "fork", "approveExtension")}
        {Bpmn.Chain("approveExtension", "extend", "extended")}
        """);

    [Fact]
    public async Task The_timer_closes_at_the_pause_and_reopens_at_the_due_date_moved_by_the_working_days_paused()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(PauseModel("in_step_pause"));
        var key = await e.H.StartAsync("in_step_pause");
        Assert.Equal(At(10, 13), Assert.Single(await e.TimersAsync()).DueAt);

        MoveTo(e.H, At(9, 29, 10));
        await e.H.CompleteTaskAsync(key, "requestHearing");
        Assert.Empty(await e.TimersAsync());
        Assert.Equal(["decide", "hearing"], (await e.H.InstanceAsync(key)).ActiveElementIds.Order());

        // Past the old due date nothing fires while paused.
        MoveTo(e.H, At(10, 13, 10));
        Assert.Equal(0, await e.SweepAsync());

        // Resumed Mon 10-13: paused since Mon 09-29, the working days 09-30, 10-09, 10-10, Sat 10-11 and 10-13 do not count.
        await e.H.CompleteTaskAsync(key, "hearing");
        Assert.Equal(At(10, 20), Assert.Single(await e.TimersAsync()).DueAt);
        Assert.Equal(At(10, 20), Assert.Single(await e.H.OpenTasksAsync(key)).DueDate);
        var history = (await e.H.InstanceAsync(key)).Variables["deadlines"]!["decision"]!["history"]!.AsArray();
        Assert.Equal(["START", "PAUSE", "RESUME"], history.Select(h => (string)h!["action"]!));

        MoveTo(e.H, At(10, 20));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Contains("lateEnd", await e.H.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task The_waiting_timer_and_the_task_due_date_move_to_the_extended_due_date()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(ExtensionModel("in_step_extension"));
        var key = await e.H.StartAsync("in_step_extension");
        Assert.Equal(At(10, 13), Assert.Single(await e.TimersAsync()).DueAt);

        MoveTo(e.H, At(9, 29, 10));
        await e.H.CompleteTaskAsync(key, "approveExtension");

        // 10 working days after Mon 10-13: 10-14 … 10-17, 10-20 … 10-24, 10-27 → Mon 10-27.
        Assert.Equal(At(10, 27), Assert.Single(await e.TimersAsync()).DueAt);
        Assert.Equal(At(10, 27), Assert.Single(await e.H.OpenTasksAsync(key)).DueDate);
        var history = (await e.H.InstanceAsync(key)).Variables["deadlines"]!["decision"]!["history"]!.AsArray();
        Assert.Equal(["START", "EXTEND"], history.Select(h => (string)h!["action"]!));

        MoveTo(e.H, At(10, 13, 10));
        Assert.Equal(0, await e.SweepAsync());
        MoveTo(e.H, At(10, 27));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Contains("lateEnd", await e.H.CompletedElementsAsync(key));
    }
}

public sealed class InStepDeadlineChangeSqliteTests() : InStepDeadlineChangeTests(DatabaseProvider.Sqlite);
public sealed class InStepDeadlineChangePostgresTests() : InStepDeadlineChangeTests(DatabaseProvider.Postgres);
