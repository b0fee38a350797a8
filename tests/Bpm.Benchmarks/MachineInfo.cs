using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bpm.Benchmarks;

/// <summary>Describes the machine and the software the figures were measured with.</summary>
public static class MachineInfo
{
    public static async Task<List<string>> DescribeAsync(BenchOptions options)
    {
        var lines = new List<string>
        {
            $"Date: {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}",
            $"CPU: {Environment.ProcessorCount} logical cores (nproc), {CpuModel()}",
            $"Memory: {MemTotal()}",
            $"OS: {OsName()} ({RuntimeInformation.OSArchitecture})",
            $".NET: {RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}",
            $"SQLite: {SqliteVersion()}",
            $"PostgreSQL: {await PostgresVersionAsync(options)}",
            $"Load average at start (1/5/15 min): {LoadAverage()}",
        };
        return lines;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string CpuModel() =>
        ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemTotal()
    {
        var kb = ReadField("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.TryParse(kb, out var value) ? $"{value / 1024.0 / 1024.0:0.0} GiB" : "n/a";
    }

    private static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"')
            : null;
        return pretty ?? RuntimeInformation.OSDescription;
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    private static async Task<string> PostgresVersionAsync(BenchOptions options)
    {
        if (!options.RunPostgres && !options.RunPgbench) return "not used";
        try
        {
            await using var connection = new NpgsqlConnection(options.PostgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT version()", connection);
            var version = (string)(await command.ExecuteScalarAsync())!;
            await using var sync = new NpgsqlCommand("SHOW synchronous_commit", connection);
            await using var tls = new NpgsqlCommand("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", connection);
            var encrypted = await tls.ExecuteScalarAsync() is true;
            return $"{version.Split(" on ")[0]} at {connection.Host}:{connection.Port}, synchronous_commit={(string)(await sync.ExecuteScalarAsync())!}, " +
                $"TLS {(encrypted ? "on" : "off")} (SSL Mode={new NpgsqlConnectionStringBuilder(options.PostgresAdmin).SslMode})";
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException)
        {
            return $"unreachable ({ex.Message})";
        }
    }

    private static string? ReadField(string file, string field)
    {
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line?[(line.IndexOf(':') + 1)..].Trim();
    }
}
