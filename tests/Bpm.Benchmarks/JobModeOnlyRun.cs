using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Benchmarks;

/// <summary>--job-mode: only the job-mode variant on a fresh database, with the store wrapped in a timer so that the
/// figures come with the store calls an instance costs (where the start → COMPLETED time goes).</summary>
public static class JobModeOnlyRun
{
    public static async Task RunAsync(string label, BenchDatabase database, BenchOptions options)
    {
        var trace = new JobModeTrace();
        var completions = new CompletionWatch();
        var timings = new StoreTimings { Trace = trace, Completions = completions };
        var settings = new Dictionary<string, string?>();
        if (options.NoCommandJobs) settings["Bpm:Engine:RunJobsInCommandStep"] = "false";
        if (options.JobChainLimit is { } limit) settings["Bpm:Engine:JobChainLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = await EngineHost.StartAsync(database, runJobWorker: true, timings, settings: settings,
            configure: (services, _) => TraceActivities(services, trace));
        var result = await JobModeBenchmark.RunAsync(host, options, completions, timings.Reset, trace);
        var instances = Math.Max(1, result.Load.Completed);
        var chain = (options.JobChainLimit is { } l ? $" (job chain limit {l})" : "") + (options.NoCommandJobs ? " (jobs not run in the start's step)" : "");
        Console.WriteLine($"  {label}{chain}: {result.Load.PerSecond:N0} instances/s; start → COMPLETED p50 / p99 {result.EndToEnd.P50:0.0} / " +
            $"{result.EndToEnd.P99:0.0} ms ({result.EndToEnd.Samples:N0} samples); {(result.Check.Passed ? "ok" : "FAILED")}: {result.Check.Detail}");
        foreach (var (operation, calls, totalMs, _) in timings.Snapshot())
            Console.WriteLine($"    {operation,-26} {calls / (double)instances,6:0.0} calls/instance  {totalMs / calls,7:0.00} ms/call");
        Console.WriteLine($"    where an instance's time goes (mean of {trace.Covered:N0} measured instances):");
        foreach (var (group, count, parts) in trace.Breakdown())
        {
            Console.WriteLine($"      {group}: {count:N0} instances");
            foreach (var (part, ms) in parts)
                Console.WriteLine($"        {part,-40} {ms,7:0.0} ms");
        }
        Console.WriteLine($"  Load average (1/5/15 min): {MachineInfo.LoadAverage()}");
    }

    /// <summary>Wraps the registered activity invoker so that the trace learns when an instance's first job starts.</summary>
    private static void TraceActivities(IServiceCollection services, JobModeTrace trace)
    {
        var original = services.Last(d => d.ServiceType == typeof(IActivityInvoker));
        services.Remove(original);
        services.AddSingleton<IActivityInvoker>(sp => new TracingActivityInvoker(
            (IActivityInvoker)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), trace));
    }
}
