using Npgsql;

namespace Bpm.Server.Tests.Recovery;

/// <summary>A PostgreSQL database created for one test on the server named by <c>BPM_TEST_POSTGRES</c>
/// and dropped after it.</summary>
public sealed class PostgresRecoveryDatabase : RecoveryDatabase
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=bpm;Password=bpm;Database=postgres";

    private readonly string _name = $"bpm_recovery_{Guid.NewGuid():N}";

    private static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("BPM_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    public override string Provider => "Postgres";

    public override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _name }.ConnectionString;

    public override Task CreateAsync() => ExecuteAsAdminAsync($"CREATE DATABASE \"{_name}\"");

    // FORCE: connections of a killed server may not be gone yet.
    public override Task DropAsync() => ExecuteAsAdminAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");

    public override async Task<long> CountAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
