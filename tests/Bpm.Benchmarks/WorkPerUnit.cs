namespace Bpm.Benchmarks;

/// <summary>What one unit of work (an instance) cost: the benchmark process's CPU, the PostgreSQL backends' CPU, WAL
/// bytes, commits and rows written (zero on SQLite except the process CPU).</summary>
public sealed record WorkPerUnit(double ProcessCpuMs, double BackendCpuMs, double WalBytes, double Commits, double RowsWritten)
{
    public WorkPerUnit Per(long units)
    {
        var f = 1.0 / Math.Max(1, units);
        return new WorkPerUnit(ProcessCpuMs * f, BackendCpuMs * f, WalBytes * f, Commits * f, RowsWritten * f);
    }

    public string Describe(bool postgres) => postgres
        ? $"CPU bench {ProcessCpuMs:0.000} ms + PostgreSQL {BackendCpuMs:0.000} ms, WAL {WalBytes:N0} B, {Commits:0.00} commits, {RowsWritten:0.0} rows written per instance"
        : $"CPU bench {ProcessCpuMs:0.000} ms per instance";
}
