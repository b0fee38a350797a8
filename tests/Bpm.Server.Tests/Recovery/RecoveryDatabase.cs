using System.Globalization;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bpm.Server.Tests.Recovery;

/// <summary>A fresh database of a marker type (<see cref="Sqlite"/>: a file in the test's folder, which the server creates
/// on first start; <see cref="Postgres"/>: a database dropped after the test) for one test whose server processes share it
/// across their crashes, and which the test may read directly (job locks are not visible through the API).</summary>
public sealed class RecoveryDatabase
{
    private readonly IServerDatabase _database;

    private RecoveryDatabase(IServerDatabase database) => _database = database;

    public static RecoveryDatabase For<TDatabase>(string folder) where TDatabase : IServerDatabase => new(TDatabase.For(folder));

    /// <summary>The value of <c>Bpm:Database:Provider</c>.</summary>
    public string Provider => _database.Provider;

    public string ConnectionString => _database.ConnectionString;

    public Task CreateAsync() => _database.CreateAsync();

    public Task DropAsync() => _database.DropAsync();

    /// <summary>Runs a query that returns one number, on a connection of its own: no pooling, so the test keeps no file
    /// or session open while servers crash and restart on the database.</summary>
    public async Task<long> CountAsync(string sql)
    {
        if (Provider == "Sqlite")
        {
            var builder = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false, DefaultTimeout = 30 };
            await using var connection = new SqliteConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        var npgsql = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using var postgres = new NpgsqlConnection(npgsql.ConnectionString);
        await postgres.OpenAsync();
        await using var query = new NpgsqlCommand(sql, postgres);
        return Convert.ToInt64(await query.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public Task<long> CountLockedJobsAsync(string nodeId) =>
        CountAsync($"SELECT count(*) FROM jobs WHERE locked_by = '{nodeId.Replace("'", "''", StringComparison.Ordinal)}'");

    public Task<long> CountOpenJobsAsync() => CountAsync("SELECT count(*) FROM jobs WHERE state = 'ACTIVATABLE'");
}
