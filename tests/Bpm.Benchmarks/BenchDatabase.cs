using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bpm.Benchmarks;

/// <summary>A fresh database for one provider's run: a temp SQLite file, or a new PostgreSQL database that is dropped afterwards.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _sqlitePath;
    private readonly string? _postgresName;
    private readonly string _adminConnectionString;

    private BenchDatabase(string provider, string connectionString, string adminConnectionString, string? sqlitePath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _sqlitePath = sqlitePath;
        _postgresName = postgresName;
    }

    /// <summary>"Sqlite" or "Postgres", as the engine's configuration spells it.</summary>
    public string Provider { get; }
    public string ConnectionString { get; }
    public bool IsSqlite => _sqlitePath is not null;

    public static BenchDatabase CreateSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bpm-bench-{Guid.NewGuid():N}.db");
        return new BenchDatabase("Sqlite", $"Data Source={path}", "", path, null);
    }

    public static async Task<BenchDatabase> CreatePostgresAsync(string adminConnectionString, string prefix = "bpm_bench_", bool asyncCommit = false)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAdminAsync(adminConnectionString, $"CREATE DATABASE {name}");
        if (asyncCommit) await ExecuteAdminAsync(adminConnectionString, $"ALTER DATABASE {name} SET synchronous_commit = off");
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, MaxPoolSize = 100 }.ConnectionString;
        return new BenchDatabase("Postgres", connectionString, adminConnectionString, null, name);
    }

    public string PostgresName => _postgresName ?? throw new InvalidOperationException("not a PostgreSQL database");

    /// <summary>Bytes the data occupies: the SQLite file after a WAL checkpoint, or pg_database_size.</summary>
    public async Task<long> SizeBytesAsync()
    {
        if (_sqlitePath is not null)
        {
            await using var connection = new SqliteConnection($"Data Source={_sqlitePath};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
            return FileSize(_sqlitePath) + FileSize(_sqlitePath + "-wal");
        }
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection);
            await checkpoint.ExecuteNonQueryAsync();
            await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
            return (long)(await size.ExecuteScalarAsync())!;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(_sqlitePath + suffix);
        }
        else if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAdminAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
        }
    }

    public static async Task ExecuteAdminAsync(string adminConnectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static long FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
