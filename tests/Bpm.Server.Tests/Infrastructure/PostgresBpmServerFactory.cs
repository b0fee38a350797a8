using Npgsql;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>The same server on a fresh PostgreSQL database, created for this factory and dropped after it.
/// The server is taken from <c>BPM_TEST_POSTGRES</c>.</summary>
public sealed class PostgresBpmServerFactory : BpmServerFactory
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=bpm;Password=bpm;Database=postgres";

    private readonly string databaseName = $"bpm_test_{Guid.NewGuid():N}";

    private static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("BPM_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    protected override string Provider => "Postgres";

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = databaseName }.ConnectionString;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
