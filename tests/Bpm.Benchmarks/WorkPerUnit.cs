namespace Bpm.Benchmarks;

/// <summary>What one unit of work (an instance or a round trip) cost: the benchmark process's CPU, the PostgreSQL backends'
/// CPU, WAL bytes, commits and rows written, and the updates of <c>process_instances</c> with how many of them were HOT
/// (heap-only: no index written; an update that changes an indexed column, or a partial index's predicate, is not). Zero
/// on SQLite except the process CPU.</summary>
public sealed record WorkPerUnit(double ProcessCpuMs, double BackendCpuMs, double WalBytes, double Commits, double RowsWritten,
    double InstanceUpdates = 0, double InstanceHotUpdates = 0)
{
    /// <summary>Engine and database CPU together: the load-independent figure the chain's cost is judged by.</summary>
    public double TotalCpuMs => ProcessCpuMs + BackendCpuMs;

    public WorkPerUnit Per(long units)
    {
        var f = 1.0 / Math.Max(1, units);
        return new WorkPerUnit(ProcessCpuMs * f, BackendCpuMs * f, WalBytes * f, Commits * f, RowsWritten * f, InstanceUpdates * f, InstanceHotUpdates * f);
    }

    public string Describe(bool postgres) => postgres
        ? $"CPU bench {ProcessCpuMs:0.000} ms + PostgreSQL {BackendCpuMs:0.000} ms, WAL {WalBytes:N0} B, {Commits:0.00} commits, {RowsWritten:0.0} rows written, " +
          $"{InstanceUpdates:0.00} instance updates ({InstanceHotUpdates:0.00} HOT)"
        : $"CPU bench {ProcessCpuMs:0.000} ms";
}
