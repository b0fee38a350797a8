using System.Security;
using Bpm.Engine.Deadlines;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>A deadline started by bpm:statutory-deadline is an ordinary named deadline: the engine's pause and resume
/// commands move it and the task due date that reads it. The harness clock starts on Fri 2025-09-26 09:00 in China.</summary>
public abstract class StatutoryDeadlineEngineTests(DatabaseProvider provider)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_pause_spanning_the_National_Day_holiday_adds_only_the_working_days_paused()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var process = "statutory_service_" + provider;
        await h.DeployAsync(Bpmn.Process(process, $"""
            <bpmn:startEvent id="start" />
            {Bpmn.ServiceTask("deadline", "bpm:statutory-deadline", """<zeebe:ioMapping><zeebe:input source="=&quot;service&quot;" target="period" /></zeebe:ioMapping>""")}
            {Bpmn.UserTask("serve", $"""<zeebe:taskSchedule dueDate="{SecurityElement.Escape("=deadlines.service.due")}" />""")}
            {Bpmn.Chain("start", "deadline", "serve")}
            """));
        var key = await h.StartAsync(process);
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 23, 59, 59, China), Assert.Single(await h.OpenTasksAsync(key)).DueDate);

        // Paused on Tue 09-30 (public notice), resumed on Thu 10-09: of the days in between only 10-09 is a working day.
        h.Clock.Advance(new DateTimeOffset(2025, 9, 30, 10, 0, 0, China) - h.Clock.GetUtcNow());
        await h.Services.GetRequiredService<IDeadlineService>().PauseAsync(key, "service", "zhangwei", "公告", CancellationToken.None);
        h.Clock.Advance(new DateTimeOffset(2025, 10, 9, 10, 0, 0, China) - h.Clock.GetUtcNow());
        var resumed = await h.Services.GetRequiredService<IDeadlineService>().ResumeAsync(key, "service", "zhangwei", null, CancellationToken.None);

        Assert.Equal("2025-10-14T23:59:59+08:00", (string)resumed["due"]!);
        Assert.Contains("第六十一条", (string)resumed["statute"]!);
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 23, 59, 59, China), Assert.Single(await h.OpenTasksAsync(key)).DueDate);
        Assert.Equal("2025-10-13T23:59:59+08:00", (string)(await h.InstanceAsync(key)).Variables["dueDate"]!);
    }
}

public sealed class StatutoryDeadlineEngineSqliteTests() : StatutoryDeadlineEngineTests(DatabaseProvider.Sqlite);
public sealed class StatutoryDeadlineEnginePostgresTests() : StatutoryDeadlineEngineTests(DatabaseProvider.Postgres);
