using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>An expression that never ends on its own (after a timer) becomes an incident at its budget, and neither while it
/// runs nor after holds back another instance's timer.</summary>
public abstract class RunawayEvaluationTests(DatabaseProvider provider)
{
    private const string Runaway = "=every i in 1..1e15 satisfies i > 0";

    private static string Model(string id, string wait, string? script) => Bpmn.Process(id, $"""
        <bpmn:startEvent id="start" />
        {Catch("wait", "timeDuration", wait)}
        {(script is null ? """<bpmn:task id="runaway" />""" : Bpmn.ScriptTask("runaway", script, "result"))}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "wait", "runaway", "end")}
        """);

    private static Action<IServiceCollection> Budget(TimeSpan wallTime) => services =>
        services.Configure<EngineOptions>(o =>
        {
            o.Evaluation.MaxIterations = long.MaxValue;
            o.Evaluation.MaxWallTime = wallTime;
        });

    [Fact]
    public async Task A_runaway_expression_becomes_an_incident_naming_the_element_and_budget_and_other_timers_fire()
    {
        await using var e = await TimerEngine.StartAsync(provider, Budget(TimeSpan.FromMilliseconds(200)));
        await e.H.DeployAsync(Model("runaway_case", "PT1H", Runaway));
        await e.H.DeployAsync(Model("plain_case", "PT1H", null), "plain.bpmn");
        var runaway = await e.H.StartAsync("runaway_case");
        var sameTime = await e.H.StartAsync("plain_case");
        e.H.Clock.Advance(TimeSpan.FromMinutes(30));
        var later = await e.H.StartAsync("plain_case");

        e.H.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(2, await e.SweepAsync());
        Assert.Equal("COMPLETED", (await e.H.InstanceAsync(sameTime)).State);
        var stuck = await e.H.InstanceAsync(runaway);
        Assert.Equal("ACTIVE", stuck.State);
        var incident = Assert.Single(await e.H.Queries.ListIncidentsAsync(runaway, null, CancellationToken.None));
        Assert.Equal("EVALUATION_LIMIT_EXCEEDED", incident.ErrorType);
        Assert.Equal("runaway", incident.ElementId);
        Assert.Contains("「runaway」：", incident.ErrorMessage);
        Assert.Contains("求值时间", incident.ErrorMessage);
        Assert.Contains("MaxWallTime", incident.ErrorMessage);

        e.H.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Equal("COMPLETED", (await e.H.InstanceAsync(later)).State);
    }

    [Fact]
    public async Task Another_instances_timer_fires_while_a_runaway_expression_runs_and_cancelling_stops_it()
    {
        await using var e = await TimerEngine.StartAsync(provider, Budget(TimeSpan.FromHours(1)));
        await e.H.DeployAsync(Model("runaway_case", "PT1H", Runaway));
        await e.H.DeployAsync(Model("plain_case", "PT2H", null), "plain.bpmn");
        var runaway = await e.H.StartAsync("runaway_case");
        var other = await e.H.StartAsync("plain_case");

        e.H.Clock.Advance(TimeSpan.FromHours(1));
        using var stop = new CancellationTokenSource();
        var sweeping = Task.Run(() => e.H.Services.GetRequiredService<Bpm.Engine.Timers.TimerSweep>().RunDueTimersAsync(stop.Token));
        await WaitUntilAsync(async () => (await e.TimersAsync()).Any(t => t.ProcessInstanceKey == runaway && t.ClaimedBy is not null));

        e.H.Clock.Advance(TimeSpan.FromHours(1));
        // The sweep that holds the runaway step claims the newly due timer on its next poll: it completes meanwhile.
        await WaitUntilAsync(async () => (await e.H.InstanceAsync(other)).State == "COMPLETED");
        Assert.Equal("ACTIVE", (await e.H.InstanceAsync(runaway)).State);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sweeping.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("ACTIVE", (await e.H.InstanceAsync(runaway)).State);
        Assert.Empty(await e.H.Queries.ListIncidentsAsync(runaway, null, CancellationToken.None));
    }

    /// <summary>Polls for a condition another thread brings about; the bound is a timeout, not a speed claim.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("the condition did not hold within 60 s");
            await Task.Delay(50);
        }
    }
}

public sealed class RunawayEvaluationSqliteTests() : RunawayEvaluationTests(DatabaseProvider.Sqlite);
public sealed class RunawayEvaluationPostgresTests() : RunawayEvaluationTests(DatabaseProvider.Postgres);
