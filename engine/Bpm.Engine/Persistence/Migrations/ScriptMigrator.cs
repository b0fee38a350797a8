using System.Data.Common;
using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Persistence.Migrations;

/// <summary>Applies embedded SQL scripts in version order and records each one in a history table. Each script runs in its
/// own transaction that first takes a database-wide lock, so two nodes starting at once apply every script exactly once.
/// The engine (<c>schema_migrations</c>) and each module with tables of its own (its own history table) use it.</summary>
internal sealed class ScriptMigrator(DatabaseProvider provider, string historyTable, long postgresLockKey, ILogger logger)
{
    /// <summary>Applies the scripts ordered before <paramref name="before"/> (all when null) that the history does not
    /// hold; <paramref name="afterScript"/> runs inside a script's transaction after it. Returns the versions applied.</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection, IEnumerable<MigrationScript> scripts, string? before,
        Func<MigrationScript, DbTransaction, Task>? afterScript, CancellationToken ct)
    {
        var applied = new List<string>();
        foreach (var script in scripts)
        {
            if (before is not null && string.CompareOrdinal(script.Version, before) >= 0) break;
            if (await ApplyAsync(connection, script, afterScript, ct))
            {
                applied.Add(script.Version);
                logger.LogInformation("Applied database migration {Version} ({History})", script.Version, historyTable);
            }
        }
        return applied;
    }

    /// <summary>On a database whose history is empty, runs <paramref name="sql"/> and records every version of
    /// <paramref name="covers"/> as applied, in one transaction under the lock; does nothing (false) when the history holds
    /// any version, so an existing database never gets it.</summary>
    public async Task<bool> ApplyBaselineAsync(DbConnection connection, string sql, IReadOnlyList<string> covers, CancellationToken ct)
    {
        await using var transaction = await BeginLockedAsync(connection, ct);
        await using (var check = Command(connection, transaction, $"SELECT COUNT(*) FROM {historyTable}"))
            if (Convert.ToInt64(await check.ExecuteScalarAsync(ct)) > 0)
                return false;

        await ExecuteAsync(connection, transaction, sql, ct);
        foreach (var version in covers)
            await RecordAsync(connection, transaction, version, ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Applied the baseline for a new database, covering {Count} migrations up to {Version} ({History})",
            covers.Count, covers[^1], historyTable);
        return true;
    }

    private async Task<DbTransaction> BeginLockedAsync(DbConnection connection, CancellationToken ct)
    {
        // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: the write lock is taken before anything is read.
        var transaction = await connection.BeginTransactionAsync(ct);
        if (provider == DatabaseProvider.Postgres)
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({postgresLockKey})", ct);
        await ExecuteAsync(connection, transaction,
            $"CREATE TABLE IF NOT EXISTS {historyTable} (version TEXT NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)", ct);
        return transaction;
    }

    private async Task RecordAsync(DbConnection connection, DbTransaction transaction, string version, CancellationToken ct)
    {
        await using var record = Command(connection, transaction, $"INSERT INTO {historyTable} (version, applied_at) VALUES (@version, @appliedAt)");
        AddParameter(record, "@version", version);
        AddParameter(record, "@appliedAt", DateTimeOffset.UtcNow.ToString("O"));
        await record.ExecuteNonQueryAsync(ct);
    }

    private async Task<bool> ApplyAsync(DbConnection connection, MigrationScript script, Func<MigrationScript, DbTransaction, Task>? afterScript,
        CancellationToken ct)
    {
        await using var transaction = await BeginLockedAsync(connection, ct);
        await using (var check = Command(connection, transaction, $"SELECT COUNT(*) FROM {historyTable} WHERE version = @version"))
        {
            AddParameter(check, "@version", script.Version);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(ct)) > 0)
                return false;
        }

        await ExecuteAsync(connection, transaction, script.Sql, ct);
        if (afterScript is not null) await afterScript(script, transaction);
        await RecordAsync(connection, transaction, script.Version, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>The scripts embedded in <paramref name="assembly"/> under <c>{folder}.{provider}.</c> (a folder path with
    /// dots, e.g. <c>Persistence.Migrations</c>), in version order; a version is the file name without <c>.sql</c>.</summary>
    public static IReadOnlyList<MigrationScript> Load(Assembly assembly, string folder, DatabaseProvider provider)
    {
        var prefix = $".{folder}.{provider}.";
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
