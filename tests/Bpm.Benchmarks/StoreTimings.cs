using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bpm.Benchmarks;

/// <summary>Accumulated time and call counts per store operation (for the --profile breakdown).</summary>
public sealed class StoreTimings
{
    private readonly ConcurrentDictionary<string, (long Calls, long Ticks, long Rows)> _totals = new();

    /// <summary>Told of every commit's start and end (the job-mode breakdown), when set.</summary>
    public JobModeTrace? Trace { get; set; }

    /// <summary>Told of every commit that returned (the job-mode benchmark's wait for completion), when set.</summary>
    public CompletionWatch? Completions { get; set; }

    public async Task<T> TimeAsync<T>(string operation, Func<Task<T>> call, int rows = 0)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            var ticks = Stopwatch.GetTimestamp() - started;
            _totals.AddOrUpdate(operation, (1, ticks, rows), (_, t) => (t.Calls + 1, t.Ticks + ticks, t.Rows + rows));
        }
    }

    public void Reset() => _totals.Clear();

    /// <summary>Operation, calls, total milliseconds, rows written (commit only).</summary>
    public IEnumerable<(string Operation, long Calls, double TotalMs, long Rows)> Snapshot() =>
        _totals.OrderBy(p => p.Key).Select(p => (p.Key, p.Value.Calls, p.Value.Ticks * 1000.0 / Stopwatch.Frequency, p.Value.Rows));
}
