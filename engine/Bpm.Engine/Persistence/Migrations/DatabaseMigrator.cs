using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bpm.Engine.Persistence.Migrations;

/// <summary>Applies the embedded SQL scripts of the configured provider in version order and records each one in
/// <c>schema_migrations</c>. Each script runs in its own transaction that first takes a database-wide lock, so two nodes
/// starting at once apply every script exactly once.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<BpmDbContext> contextFactory, DatabaseOptions options, ILogger<DatabaseMigrator>? logger = null)
{
    // Any constant works; it only has to be the same on every node ("BPM" "MIGR" in ASCII).
    private const long PostgresLockKey = 0x42504D_4D494752;

    private readonly ILogger _logger = logger ?? NullLogger<DatabaseMigrator>.Instance;

    /// <summary>The versions applied by this call (empty when the database was already current).</summary>
    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct) => MigrateAsync(before: null, ct);

    /// <summary>Applies only the scripts ordered before <paramref name="before"/> (all when null): tests build an older schema.</summary>
    internal async Task<IReadOnlyList<string>> MigrateAsync(string? before, CancellationToken ct)
    {
        var applied = new List<string>();
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await context.Database.OpenConnectionAsync(ct);
        var connection = context.Database.GetDbConnection();
        foreach (var script in LoadScripts(options.Provider))
        {
            if (before is not null && string.CompareOrdinal(script.Version, before) >= 0) break;
            if (await ApplyAsync(context, connection, script, ct))
            {
                applied.Add(script.Version);
                _logger.LogInformation("Applied database migration {Version}", script.Version);
            }
        }
        return applied;
    }

    private async Task<bool> ApplyAsync(BpmDbContext context, DbConnection connection, MigrationScript script, CancellationToken ct)
    {
        // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: the write lock is taken before anything is read.
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (options.Provider == DatabaseProvider.Postgres)
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
        await ExecuteAsync(connection, transaction, CreateHistoryTableSql, ct);

        await using (var check = Command(connection, transaction, "SELECT COUNT(*) FROM schema_migrations WHERE version = @version"))
        {
            AddParameter(check, "@version", script.Version);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(ct)) > 0)
                return false;
        }

        await ExecuteAsync(connection, transaction, script.Sql, ct);
        if (script.Version == Records.LegacyChainBackfill.AfterVersion)
            await Records.LegacyChainBackfill.RunAsync(context, transaction, ct);
        await using (var record = Command(connection, transaction, "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @appliedAt)"))
        {
            AddParameter(record, "@version", script.Version);
            AddParameter(record, "@appliedAt", DateTimeOffset.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    private const string CreateHistoryTableSql =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)";

    internal static IReadOnlyList<MigrationScript> LoadScripts(DatabaseProvider provider)
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        var prefix = $".Persistence.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => new MigrationScript(VersionOf(n, prefix), Read(assembly, n)))
            .OrderBy(s => s.Version, StringComparer.Ordinal)
            .ToList();
    }

    private static string VersionOf(string resourceName, string prefix)
    {
        var name = resourceName[(resourceName.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..];
        return name[..^".sql".Length];
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Missing embedded migration {resourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    internal static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
