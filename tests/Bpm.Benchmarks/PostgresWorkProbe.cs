using System.Diagnostics;
using Npgsql;

namespace Bpm.Benchmarks;

/// <summary>Load-independent work of a phase, per unit: the benchmark process's CPU (user + system), the CPU of the
/// PostgreSQL backends serving the bench database (utime + stime from /proc of each backend), the WAL written (the
/// difference of <c>pg_current_wal_lsn()</c>; cluster-wide, so other databases' writes meanwhile count too), and the
/// commits and rows written in the bench database (<c>pg_stat_database</c>), and the updates of <c>process_instances</c>
/// and how many were HOT (<c>pg_stat_user_tables</c>). SQLite: the process CPU only.</summary>
public sealed class PostgresWorkProbe
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly BenchDatabase _database;
    private TimeSpan _processCpu;
    private Dictionary<int, long> _backendTicks = [];
    private long _wal;
    private long _commits;
    private long _rows;
    private long _updates;
    private long _hotUpdates;

    private PostgresWorkProbe(BenchDatabase database) => _database = database;

    public static async Task<PostgresWorkProbe> StartAsync(BenchDatabase database)
    {
        var probe = new PostgresWorkProbe(database);
        probe._processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        if (!database.IsSqlite) (probe._backendTicks, probe._wal, probe._commits, probe._rows, probe._updates, probe._hotUpdates) = await probe.ReadAsync();
        return probe;
    }

    /// <summary>The work since <see cref="StartAsync"/>; divide it by the units with <see cref="WorkPerUnit.Per"/>.</summary>
    public async Task<WorkPerUnit> StopAsync()
    {
        var processMs = (Process.GetCurrentProcess().TotalProcessorTime - _processCpu).TotalMilliseconds;
        if (_database.IsSqlite) return new WorkPerUnit(processMs, 0, 0, 0, 0);
        var (ticks, wal, commits, rows, updates, hotUpdates) = await ReadAsync();
        var backendTicks = ticks.Sum(t => t.Value - _backendTicks.GetValueOrDefault(t.Key));
        return new WorkPerUnit(processMs, backendTicks / TicksPerSecond * 1000, wal - _wal, commits - _commits, rows - _rows,
            updates - _updates, hotUpdates - _hotUpdates);
    }

    private async Task<(Dictionary<int, long> Ticks, long Wal, long Commits, long Rows, long Updates, long HotUpdates)> ReadAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT pg_stat_force_next_flush();
            SELECT pg_current_wal_lsn() - '0/0'::pg_lsn, d.xact_commit, d.tup_inserted + d.tup_updated + d.tup_deleted,
                   ARRAY(SELECT pid FROM pg_stat_activity WHERE datname = current_database()),
                   coalesce((SELECT n_tup_upd FROM pg_stat_user_tables WHERE relname = 'process_instances'), 0),
                   coalesce((SELECT n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'process_instances'), 0)
            FROM pg_stat_database d WHERE d.datname = current_database()
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        var ticks = new Dictionary<int, long>();
        foreach (var pid in reader.GetFieldValue<int[]>(3))
            if (BackendTicks(pid) is { } value) ticks[pid] = value;
        return (ticks, (long)reader.GetDecimal(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(4), reader.GetInt64(5));
    }

    /// <summary>utime + stime of a local process, or null when it is gone or not readable.</summary>
    private static long? BackendTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
