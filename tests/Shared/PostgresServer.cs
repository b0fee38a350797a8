using System.Diagnostics;
using Npgsql;

namespace Bpm.Testing;

/// <summary>The PostgreSQL server the engine and server tests use (env BPM_TEST_POSTGRES). Started once if it is not running;
/// never skipped. A test class on PostgreSQL gets a database of its own on it (engine: <c>TestDatabase</c>, server:
/// <c>ScratchPostgresDatabase</c>).</summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "BPM_TEST_POSTGRES";
    private const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=bpm;Password=bpm;Database=postgres";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _available;

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : DefaultConnectionString;

    public static async Task EnsureRunningAsync()
    {
        if (_available)
            return;
        await Gate.WaitAsync();
        try
        {
            if (_available)
                return;
            if (!await CanConnectAsync() && TryStartCluster())
            {
                for (var i = 0; i < 30 && !await CanConnectAsync(); i++)
                    await Task.Delay(500);
            }
            if (!await CanConnectAsync())
            {
                throw new InvalidOperationException(
                    $"PostgreSQL is not reachable at '{Redacted()}'. Start it (e.g. 'pg_ctlcluster 15 main start') or set "
                    + $"{EnvironmentVariable} to a server where the user may create databases. The PostgreSQL tests are never skipped.");
            }
            _available = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<bool> CanConnectAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static bool TryStartCluster()
    {
        const string command = "/usr/bin/pg_ctlcluster";
        if (!File.Exists(command))
            return false;
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, "15 main start")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
                return false;
            process.WaitForExit(30_000);
            return true;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }

    private static string Redacted()
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Password = null };
        return builder.ConnectionString;
    }
}
