using Bpm.Testing;
using Npgsql;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>A PostgreSQL database made for one test (or factory) on the tests' <see cref="PostgresServer"/>, and dropped
/// after it.</summary>
public sealed class ScratchPostgresDatabase(string prefix)
{
    private readonly string _name = $"{prefix}_{Guid.NewGuid():N}";

    public static string AdminConnectionString => PostgresServer.AdminConnectionString;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _name }.ConnectionString;

    public async Task CreateAsync()
    {
        await PostgresServer.EnsureRunningAsync();
        await ExecuteAsAdminAsync($"CREATE DATABASE \"{_name}\"");
    }

    /// <summary>FORCE: connections of a server that was killed or is shutting down may not be gone yet.</summary>
    public Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        return ExecuteAsAdminAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
