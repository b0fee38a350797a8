using System.Diagnostics;
using Bpm.Engine.Activities;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Commands;

namespace Bpm.Benchmarks;

/// <summary>Issue 13's cluster figures. Refused completions: callers start an instance (a job, then a user task), wait for
/// the task and complete it on the node that started it; a refusal of an open task is counted. On PostgreSQL two nodes
/// run jobs, so the completing node's cached copy is often older than the other node's job step. Takeover: a node dies
/// while running a job; the figure is the seconds until the job has run on the live node.</summary>
public static class ClusterBenchmark
{
    public const string TakeoverJobType = "bench:takeover";
    private const string LoadProcessId = "bench-job-then-task";
    private const string TakeoverProcessId = "bench-takeover";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(string label, BenchDatabase database, BenchOptions options)
    {
        var twoNodes = database.Provider == "Postgres";
        await using (var a = await EngineHost.StartAsync(database, runJobWorker: true))
        await using (var b = twoNodes ? await EngineHost.StartAsync(database, runJobWorker: true) : null)
        {
            var (completed, refused, seconds) = await RefusedCompletionsAsync(a, b ?? a, options);
            Console.WriteLine($"[{label}] {(twoNodes ? "two nodes" : "one node")}, {options.Concurrency} callers, {seconds:0} s: " +
                $"{completed:N0} start-and-complete rounds ({completed / seconds:N0}/s), {refused} refused completions of open tasks");
        }
        if (twoNodes)
        {
            var takeover = await TakeoverSecondsAsync(database);
            Console.WriteLine($"[{label}] takeover: the dead node's job ran on the live node {takeover:0.0} s after the node died " +
                "(takeover interval 30 s, heartbeat 5 s; job lock timeout 5 min)");
        }
    }

    private static async Task<(long Completed, long Refused, double Seconds)> RefusedCompletionsAsync(EngineHost jobs, EngineHost caller, BenchOptions options)
    {
        await caller.DeployAsync(JobThenTask(), "job-then-task.bpmn");
        long refused = 0;
        async Task RoundAsync()
        {
            var started = await caller.Engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(LoadProcessId, null, null, null), CancellationToken.None);
            var taskKey = await OpenTaskAsync(caller, started.ProcessInstanceKey);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await caller.Engine.CompleteUserTaskAsync(taskKey, null, CancellationToken.None);
                    return;
                }
                catch (EngineConflictException) when (attempt < 100)
                {
                    // The task is open in the database (it was just listed), so this refusal is the defect counted.
                    Interlocked.Increment(ref refused);
                    await Task.Delay(10);
                }
            }
        }
        var load = options.ClusterRounds is { } rounds
            ? await CountedRunner.RunAsync(options.Concurrency, rounds, RoundAsync)
            : await LoadRunner.RunAsync(options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds),
                (_, _) => RoundAsync());
        GC.KeepAlive(jobs);
        return (load.Completed, refused, load.Seconds);
    }

    private static async Task<long> OpenTaskAsync(EngineHost host, string instanceKey)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var open = await host.Queries.ListUserTasksAsync(new UserTaskFilter(instanceKey, "CREATED", null, null, 1, 10), CancellationToken.None);
            if (open.Items.Count > 0) return long.Parse(open.Items[0].UserTaskKey);
            if (clock.Elapsed > Patience) throw new TimeoutException($"instance {instanceKey} has no open task after {Patience}");
            await Task.Delay(2);
        }
    }

    private static async Task<double> TakeoverSecondsAsync(BenchDatabase database)
    {
        var dying = await EngineHost.StartAsync(database, runJobWorker: true, configure: (s, _) => s.AddBpmActivity<HangingJobActivity>());
        await dying.DeployAsync(OneJob(), "takeover.bpmn");
        var key = (await dying.Engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(TakeoverProcessId, null, null, null), CancellationToken.None))
            .ProcessInstanceKey;
        await using var live = await EngineHost.StartAsync(database, runJobWorker: true, configure: (s, _) => s.AddBpmActivity<FinishingJobActivity>());
        await Task.Delay(TimeSpan.FromSeconds(1));
        await dying.KillAsync();
        var clock = Stopwatch.StartNew();
        while ((await live.Queries.GetInstanceAsync(long.Parse(key), CancellationToken.None))?.State != "COMPLETED")
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(6)) throw new TimeoutException("the dead node's job did not run elsewhere within 6 minutes");
            await Task.Delay(100);
        }
        return clock.Elapsed.TotalSeconds;
    }

    private static string JobThenTask() => BenchProcesses.Document(LoadProcessId, [
        """<bpmn:startEvent id="start" />""",
        """<bpmn:serviceTask id="count"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:counter" /></bpmn:extensionElements></bpmn:serviceTask>""",
        """<bpmn:userTask id="review" name="Review" />""",
        """<bpmn:endEvent id="end" />""",
        BenchProcesses.Flow("start", "count"),
        BenchProcesses.Flow("count", "review"),
        BenchProcesses.Flow("review", "end"),
    ]);

    private static string OneJob() => BenchProcesses.Document(TakeoverProcessId, [
        """<bpmn:startEvent id="start" />""",
        $"""<bpmn:serviceTask id="work"><bpmn:extensionElements><zeebe:taskDefinition type="{TakeoverJobType}" /></bpmn:extensionElements></bpmn:serviceTask>""",
        """<bpmn:endEvent id="end" />""",
        BenchProcesses.Flow("start", "work"),
        BenchProcesses.Flow("work", "end"),
    ]);
}
