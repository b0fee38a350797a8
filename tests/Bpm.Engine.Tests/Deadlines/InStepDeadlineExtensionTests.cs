using System.Security;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Timers;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Deadlines;

/// <summary>A model extends its own deadline with bpm:extend-deadline while another branch waits on a task whose due date
/// and timer read it: the timer moves to the extended due date in the activity's step, as with the extension command.
/// The harness clock starts on Fri 2025-09-26 09:00 +08:00 (National Day: Oct 1–8 off, Sat Oct 11 a working day).</summary>
public sealed class InStepDeadlineExtensionTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int month, int day, int hour = 9) => new(2025, month, day, hour, 0, 0, China);

    private static void MoveTo(EngineHarness h, DateTimeOffset at) => h.Clock.Advance(at - h.Clock.GetUtcNow());

    private static string Model(string processId) => Bpmn.Process(processId, $"""
        <bpmn:startEvent id="start" />
        {DeadlineBpmn.StartDeadline("deadline", 7)}
        <bpmn:parallelGateway id="fork" />
        {Bpmn.UserTask("decide", $"""<zeebe:taskSchedule dueDate="{SecurityElement.Escape(DeadlineBpmn.Due)}" />""")}
        {Boundary("late", "decide", "timeDate", DeadlineBpmn.Due, interrupting: false)}
        <bpmn:endEvent id="lateEnd" />
        <bpmn:endEvent id="decided" />
        {Bpmn.UserTask("approveExtension")}
        {Bpmn.ServiceTask("extend", "bpm:extend-deadline", """<zeebe:ioMapping><zeebe:input source="=&quot;decision&quot;" target="name" /><zeebe:input source="=10" target="days" /><zeebe:input source="=&quot;案情复杂，负责人批准&quot;" target="reason" /></zeebe:ioMapping>""")}
        <bpmn:endEvent id="extended" />
        {Bpmn.Chain("start", "deadline", "fork", "decide", "decided")}
        {Bpmn.Flow("f_late", "late", "lateEnd")}
        {Bpmn.Flow("f_extension", "fork", "approveExtension")}
        {Bpmn.Chain("approveExtension", "extend", "extended")}
        """);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_waiting_timer_and_the_task_due_date_move_to_the_extended_due_date(TestProvider provider)
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("in_step_extension"));
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
