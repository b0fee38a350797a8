using Bpm.Engine.Expressions;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Expressions;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Time.UtcMachineClock;

namespace Bpm.Engine.Tests.Time;

/// <summary>On a machine in UTC, at 01:30 Beijing time (17:30 UTC the day before), the engine counts the Beijing date: FEEL,
/// timers and task due dates without an offset, timer start events. The host registers its clock after the engine, the
/// order in which a zoned clock of the engine's own would be replaced.</summary>
public abstract class BeijingDateOnAUtcMachineTests(DatabaseProvider provider)
{
    private static Task<EngineHarness> StartAsync(DatabaseProvider provider) =>
        EngineHarness.StartIsolatedAsync(provider, s => s.AddSingleton<TimeProvider>(Pinned()));

    [Fact]
    public async Task A_timer_date_without_an_offset_is_beijing_time()
    {
        await using var h = await StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("beijing_timer", $"""
            <bpmn:startEvent id="start" />
            {EventBpmn.TimerCatch("literal", "timeDate", "2026-12-08T09:00:00")}
            {EventBpmn.TimerCatch("tomorrow", "timeDate", "=string(today() + duration(\"P1D\")) + \"T09:00:00\"")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "literal", "tomorrow", "end")}
            """));
        var key = await h.StartAsync("beijing_timer");

        Assert.Equal(Beijing(12, 8, 9), (await h.SubscriptionAsync(key, "literal")).DueAt);
        await h.TriggerAsync(key, "literal");
        Assert.Equal(Beijing(12, 9, 9), (await h.SubscriptionAsync(key, "tomorrow")).DueAt);
    }

    [Fact]
    public async Task A_user_task_due_date_without_an_offset_is_beijing_time()
    {
        await using var h = await StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("beijing_due", $"""
            <bpmn:startEvent id="start" />
            {Bpmn.UserTask("decide", """<zeebe:taskSchedule dueDate="2026-12-08T09:00" followUpDate="=string(today()) + &quot;T08:00:00&quot;" />""")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "decide", "end")}
            """));
        var key = await h.StartAsync("beijing_due");

        var task = Assert.Single(await h.OpenTasksAsync(key));
        Assert.Equal(Beijing(12, 8, 9), task.DueDate);
        Assert.Equal(Beijing(12, 8, 8), task.FollowUpDate);
    }

    [Fact]
    public async Task A_timer_start_event_cron_counts_beijing_hours()
    {
        await using var h = await StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("beijing_cron", $"""
            {Timers.TimerBpmn.Start("start", "timeCycle", "0 30 9 * * ?")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "end")}
            """));

        var factory = h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>();
        await using var context = await factory.CreateDbContextAsync();
        var timer = await context.Subscriptions.AsNoTracking().SingleAsync(s => s.ProcessInstanceKey == 0 && s.Kind == "TIMER");
        Assert.Equal(Beijing(12, 8, 9, 30), timer.DueAt);
    }

    /// <summary>The tests of this class that do not run on each database: they run once.</summary>
    public sealed class WithoutDatabase
    {
        [Fact]
        public async Task Feel_today_and_now_are_beijing_time()
        {
            await using var h = await StartAsync(DatabaseProvider.Sqlite);
            var feel = h.Services.GetRequiredService<FeelEngine>();

            Assert.Equal("2026-12-08", feel.ParseExpression("string(today())").Evaluate(Variables.FromJson("{}")));
            Assert.Equal(Beijing(12, 8, 1, 30), feel.ParseExpression("now()").Evaluate(Variables.FromJson("{}")));
        }
    }
}

public sealed class BeijingDateOnAUtcMachineSqliteTests() : BeijingDateOnAUtcMachineTests(DatabaseProvider.Sqlite);
public sealed class BeijingDateOnAUtcMachinePostgresTests() : BeijingDateOnAUtcMachineTests(DatabaseProvider.Postgres);
