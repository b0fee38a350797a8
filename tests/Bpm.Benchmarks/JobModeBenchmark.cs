using System.Diagnostics;
using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Commands;

namespace Bpm.Benchmarks;

/// <summary>Optional variant: the 10-task process with Job-mode service tasks (bpm:counter), each a job: the start's step
/// runs them before its commit while the worker has a free slot, else the background job worker does. Closed loop: each
/// caller starts an instance and waits until the commit that completes it has returned (told by the timed store, no
/// polling); throughput counts completed instances.</summary>
public static class JobModeBenchmark
{
    /// <param name="measuring">Called once, when the first measured instance starts (to reset profiling counters).</param>
    /// <param name="trace">Told when each measured instance was started, returned and seen COMPLETED (the breakdown).</param>
    /// <param name="completions">The host's timed store tells it of each committed completion.</param>
    public static async Task<JobModeResult> RunAsync(EngineHost host, BenchOptions options, CompletionWatch completions, Action? measuring = null,
        JobModeTrace? trace = null)
    {
        var measuringStarted = 0;
        await host.DeployAsync(BenchProcesses.JobMode(), "ten-tasks-jobs.bpmn");
        var latencies = new LatencyRecorder(options.Concurrency);
        long completed = 0;
        var deadline = TimeSpan.FromSeconds(30);
        var load = await LoadRunner.RunAsync(options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds),
            TimeSpan.FromSeconds(Math.Min(options.DurationSeconds, 5)),
            async (worker, measured) =>
            {
                if (measured && Interlocked.Exchange(ref measuringStarted, 1) == 0) measuring?.Invoke();
                await latencies.TimeAsync(worker, async () =>
                {
                    var command = new StartProcessInstanceCommand(BenchProcesses.JobModeId, Variables: new JsonObject { ["n"] = 1 });
                    var called = Stopwatch.GetTimestamp();
                    var key = long.Parse((await host.Engine.StartProcessInstanceAsync(command, CancellationToken.None)).ProcessInstanceKey);
                    var returned = Stopwatch.GetTimestamp();
                    await completions.WaitAsync(key, deadline);
                    if (measured) trace?.Measured(key, called, returned, Stopwatch.GetTimestamp());
                }, measured);
                Interlocked.Increment(ref completed);
            });
        var incidents = (await host.Queries.ListIncidentsAsync(null, "ACTIVE", CancellationToken.None)).Count;
        var check = await Verification.CountsAsync(host, BenchProcesses.JobModeId, expectedCompleted: completed, expectedActive: 0);
        check = check.With(incidents == 0, $"{incidents} active incidents");
        return new JobModeResult(load, latencies.Summarize(), check);
    }
}
