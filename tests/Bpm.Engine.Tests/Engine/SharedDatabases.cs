using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Testing;
using Npgsql;

namespace Bpm.Engine.Tests.Engine;

/// <summary>One database per provider for the whole test run. Instances never interfere (each test uses its own keys), but
/// sweeps over every row do: a test that runs jobs or timers starts its engine on a database of its own.
/// PostgreSQL is the server of <see cref="PostgresServer"/>; a missing one fails the tests rather than skipping them.</summary>
public static class SharedDatabases
{
    private static readonly Lazy<string> SqlitePath = new(() =>
        Path.Combine(Path.GetTempPath(), $"bpm-engine-tests-{Guid.NewGuid():N}.db"));
    private static readonly Lazy<Task<string>> Postgres = new(CreatePostgresAsync);

    private static string AdminConnectionString => PostgresServer.AdminConnectionString;

    public static async Task<string> ConnectionStringAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? $"Data Source={SqlitePath.Value}" : await Postgres.Value;

    private static async Task<string> CreatePostgresAsync()
    {
        await PostgresServer.EnsureRunningAsync();
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
