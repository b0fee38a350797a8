using System.Diagnostics;
using Npgsql;

namespace Bpm.Engine.Tests.Engine;

/// <summary>One database per provider for the whole test run (instances never interfere: each test uses its own keys).
/// PostgreSQL comes from BPM_TEST_POSTGRES (default: local server, user bpm); it is started when installed but down.
/// A missing PostgreSQL fails the tests rather than skipping them: CI must run both providers.</summary>
public static class SharedDatabases
{
    private static readonly Lazy<string> SqlitePath = new(() =>
        Path.Combine(Path.GetTempPath(), $"bpm-engine-tests-{Guid.NewGuid():N}.db"));
    private static readonly Lazy<Task<string>> Postgres = new(CreatePostgresAsync);

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("BPM_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=bpm;Password=bpm;Database=postgres";

    public static async Task<string> ConnectionStringAsync(TestProvider provider) =>
        provider == TestProvider.Sqlite ? $"Data Source={SqlitePath.Value}" : await Postgres.Value;

    private static async Task<string> CreatePostgresAsync()
    {
        await EnsurePostgresRunningAsync();
        var name = $"bpm_engine_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropQuietly(name);
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task EnsurePostgresRunningAsync()
    {
        if (await CanConnectAsync()) return;
        if (File.Exists("/usr/bin/pg_ctlcluster"))
        {
            using var start = Process.Start(new ProcessStartInfo("pg_ctlcluster", "15 main start") { UseShellExecute = false });
            start?.WaitForExit(30_000);
            for (var i = 0; i < 30 && !await CanConnectAsync(); i++) await Task.Delay(500);
        }
        if (!await CanConnectAsync())
            throw new InvalidOperationException(
                "PostgreSQL is not reachable at BPM_TEST_POSTGRES (default Host=127.0.0.1;Username=bpm;Password=bpm). Start it with .ci/services.");
    }

    private static async Task<bool> CanConnectAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static void DropQuietly(string name)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(AdminConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
        catch (Exception)
        {
            // Best effort at process exit; a leftover test database is harmless.
        }
    }
}
