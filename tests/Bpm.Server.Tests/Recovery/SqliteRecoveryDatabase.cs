using Microsoft.Data.Sqlite;

namespace Bpm.Server.Tests.Recovery;

/// <summary>A SQLite file in the test's temporary folder; the server creates it on first start.</summary>
public sealed class SqliteRecoveryDatabase(string folder) : RecoveryDatabase
{
    private readonly string _path = Path.Combine(folder, "bpm.db");

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={_path}";

    public override Task CreateAsync() => Task.CompletedTask;

    public override Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    public override async Task<long> CountAsync(string sql)
    {
        // No pooling: the test must not keep the file open while servers crash and restart on it.
        var builder = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false, DefaultTimeout = 30 };
        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
