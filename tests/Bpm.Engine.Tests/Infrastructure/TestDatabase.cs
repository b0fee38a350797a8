using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Queries;
using Bpm.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bpm.Engine.Tests.Infrastructure;

/// <summary>A fresh, migrated database of one provider with the persistence services registered.
/// SQLite: a temp file, deleted on dispose. PostgreSQL: a database bpm_test_&lt;guid&gt;, dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteDirectory;
    private readonly string? _postgresDatabase;
    private readonly ServiceProvider _services;

    private TestDatabase(DatabaseProvider provider, string connectionString, Action<IServiceCollection>? configure,
        string? sqliteDirectory, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteDirectory = sqliteDirectory;
        _postgresDatabase = postgresDatabase;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bpm"] = connectionString,
            ["Bpm:Database:Provider"] = provider.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddBpmPersistence(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public IServiceProvider Services => _services;
    public IDbContextFactory<BpmDbContext> ContextFactory => _services.GetRequiredService<IDbContextFactory<BpmDbContext>>();
    public IEngineStore Store => _services.GetRequiredService<IEngineStore>();
    public IEngineQueries Queries => _services.GetRequiredService<IEngineQueries>();
    public DatabaseMigrator Migrator => _services.GetRequiredService<DatabaseMigrator>();

    /// <summary>Creates the database; runs the migrations unless <paramref name="migrate"/> is false.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true, Action<IServiceCollection>? configure = null)
    {
        var database = provider == DatabaseProvider.Sqlite ? CreateSqlite(configure) : await CreatePostgresAsync(configure);
        if (migrate)
            await database.Migrator.MigrateAsync(CancellationToken.None);
        return database;
    }

    public BpmDbContext CreateContext() => ContextFactory.CreateDbContext();

    private static TestDatabase CreateSqlite(Action<IServiceCollection>? configure)
    {
        var directory = Path.Combine(Path.GetTempPath(), "bpm-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "bpm.db") }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, configure, directory, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync(Action<IServiceCollection>? configure)
    {
        await PostgresServer.EnsureRunningAsync();
        var name = "bpm_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAdminAsync($"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, configure, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A connection still open elsewhere keeps the file; the temp directory is cleaned by the OS later.
            }
        }
        if (_postgresDatabase is not null)
        {
            await using (var connection = new NpgsqlConnection(ConnectionString))
                NpgsqlConnection.ClearPool(connection);
            await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
