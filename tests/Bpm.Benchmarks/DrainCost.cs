using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Bpm.Benchmarks;

/// <summary>What a stretch of work cost, in measures that do not depend much on the machine's load: this process's CPU
/// time, and on PostgreSQL the CPU time of the server backends connected to the bench database (read from /proc, so only
/// when the server runs on this machine), the database's time in statements (<c>pg_stat_database.active_time</c>), its
/// commits and the rows it inserted, updated and deleted.</summary>
public sealed class DrainCost
{
    private readonly BenchDatabase _database;
    private readonly TimeSpan _processCpu;
    private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: true);
    private readonly int[] _collections = Collections();
    private readonly Dictionary<int, double> _backendCpu;
    private readonly DatabaseCounters _counters;

    private DrainCost(BenchDatabase database, TimeSpan processCpu, Dictionary<int, double> backendCpu, DatabaseCounters counters)
    {
        _database = database;
        _processCpu = processCpu;
        _backendCpu = backendCpu;
        _counters = counters;
    }

    public static async Task<DrainCost> StartAsync(BenchDatabase database) => new(database, ProcessCpu(),
        database.IsSqlite ? [] : await BackendCpuAsync(database), database.IsSqlite ? default : await CountersAsync(database));

    /// <summary>Prints the cost since the start per 1,000 units of work.</summary>
    public async Task PrintAsync(string name, long units)
    {
        var per = 1000.0 / Math.Max(1, units);
        var processMs = (ProcessCpu() - _processCpu).TotalMilliseconds;
        Console.WriteLine($"  {name}: CPU of this process {processMs * per:0} ms per 1,000 timers ({processMs / 1000:0.0} s in all)");
        // Allocation and collections do not depend on the machine's load (the GC's share of the CPU above does).
        var collections = Collections();
        Console.WriteLine($"  {name}: allocated {(GC.GetTotalAllocatedBytes(precise: true) - _allocated) / (double)Math.Max(1, units) / 1024:0.0} KiB " +
            $"per timer; collections gen0 {collections[0] - _collections[0]}, gen1 {collections[1] - _collections[1]}, gen2 {collections[2] - _collections[2]}");
        if (_database.IsSqlite) return;
        var backends = await BackendCpuAsync(_database);
        var backendMs = backends.Sum(b => b.Value - _backendCpu.GetValueOrDefault(b.Key));
        // Backends report their statistics once idle for a moment (at most every second).
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var counters = await CountersAsync(_database);
        Console.WriteLine($"  {name}: CPU of the database's PostgreSQL backends {backendMs * per:0} ms per 1,000 timers " +
            $"({backendMs / 1000:0.0} s in all, {backends.Count} backends); time in statements {(counters.ActiveMs - _counters.ActiveMs) * per:0} ms per 1,000");
        Console.WriteLine($"  {name}: per timer: {(counters.Commits - _counters.Commits) / (double)units:0.000} transactions, rows inserted " +
            $"{(counters.Inserted - _counters.Inserted) / (double)units:0.00}, updated {(counters.Updated - _counters.Updated) / (double)units:0.00}, " +
            $"deleted {(counters.Deleted - _counters.Deleted) / (double)units:0.00}");
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>User + system CPU milliseconds of each backend connected to the bench database, by pid.</summary>
    private static async Task<Dictionary<int, double>> BackendCpuAsync(BenchDatabase database)
    {
        var cpu = new Dictionary<int, double>();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            if (StatCpuMs(reader.GetInt32(0)) is { } ms) cpu[reader.GetInt32(0)] = ms;
        return cpu;
    }

    private static double? StatCpuMs(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks * 10.0; // USER_HZ is 100 on Linux
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static async Task<DatabaseCounters> CountersAsync(BenchDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var flush = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection)) await flush.ExecuteNonQueryAsync();
        await using var command = new NpgsqlCommand(
            "SELECT xact_commit, tup_inserted, tup_updated, tup_deleted, active_time FROM pg_stat_database WHERE datname = current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new DatabaseCounters(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDouble(4));
    }

    private readonly record struct DatabaseCounters(long Commits, long Inserted, long Updated, long Deleted, double ActiveMs);
}
