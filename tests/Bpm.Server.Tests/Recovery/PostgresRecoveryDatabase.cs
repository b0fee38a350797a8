using Bpm.Server.Tests.Infrastructure;
using Npgsql;

namespace Bpm.Server.Tests.Recovery;

/// <summary>A PostgreSQL database created for one test on the server named by <c>BPM_TEST_POSTGRES</c>
/// and dropped after it.</summary>
public sealed class PostgresRecoveryDatabase : RecoveryDatabase
{
    private readonly ScratchPostgresDatabase _database = new("bpm_recovery");

    public override string Provider => "Postgres";

    public override string ConnectionString => _database.ConnectionString;

    public override Task CreateAsync() => _database.CreateAsync();

    public override Task DropAsync() => _database.DropAsync();

    public override async Task<long> CountAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
