using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Calendar;

/// <summary>AddBpmEngine registers the calendar's FEEL functions: a process computes a deadline with them.</summary>
public abstract class CalendarInProcessTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_script_task_computes_working_day_deadlines()
    {
        await using var harness = await EngineHarness.StartAsync(provider);
        var id = "calendar-" + Guid.NewGuid().ToString("N")[..8];
        await harness.DeployAsync(Bpmn.Process(id, $"""
            <bpmn:startEvent id="start" />
            {Bpmn.ScriptTask("serve", "=addWorkingDays(decisionDate, 7)", "serviceDue")}
            {Bpmn.ScriptTask("pay", "=addCalendarDays(date and time(servedAt), 15)", "paymentDue")}
            {Bpmn.ScriptTask("count", "=workingDaysBetween(decisionDate, serviceDue)", "workingDays")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "serve", "pay", "count", "end")}
            """));

        var key = await harness.StartAsync(id, new { decisionDate = "2025-09-26", servedAt = "2025-09-16T10:00:00+08:00" });

        var variables = (await harness.InstanceAsync(key)).Variables;
        Assert.Equal("2025-10-13", variables["serviceDue"]!.GetValue<string>());
        Assert.Equal("2025-10-09T10:00:00+08:00", variables["paymentDue"]!.GetValue<string>());
        Assert.Equal(7, variables["workingDays"]!.GetValue<decimal>());
    }
}

public sealed class CalendarInProcessSqliteTests() : CalendarInProcessTests(DatabaseProvider.Sqlite);
public sealed class CalendarInProcessPostgresTests() : CalendarInProcessTests(DatabaseProvider.Postgres);
