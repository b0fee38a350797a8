using Npgsql;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>A PostgreSQL database made for one test (or factory) on the server named by <c>BPM_TEST_POSTGRES</c>, and
/// dropped after it.</summary>
public sealed class ScratchPostgresDatabase(string prefix)
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=bpm;Password=bpm;Database=postgres";

    private readonly string _name = $"{prefix}_{Guid.NewGuid():N}";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("BPM_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _name }.ConnectionString;

    public Task CreateAsync() => ExecuteAsAdminAsync($"CREATE DATABASE \"{_name}\"");

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
