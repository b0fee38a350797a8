using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bpm.Engine.Persistence.Migrations;

/// <summary>Applies the engine's embedded SQL scripts of the configured provider in version order and records each one in
/// <c>schema_migrations</c> (see <see cref="ScriptMigrator"/>). Modules with tables of their own migrate after it
/// (<see cref="IModuleSchema"/>).</summary>
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
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await context.Database.OpenConnectionAsync(ct);
        var migrator = new ScriptMigrator(options.Provider, "schema_migrations", PostgresLockKey, _logger);
        return await migrator.ApplyAsync(context.Database.GetDbConnection(), LoadScripts(options.Provider), before,
            async (script, transaction) =>
            {
                if (script.Version == Records.LegacyChainBackfill.AfterVersion)
                    await Records.LegacyChainBackfill.RunAsync(context, transaction, ct);
            }, ct);
    }

    internal static IReadOnlyList<MigrationScript> LoadScripts(DatabaseProvider provider) =>
        ScriptMigrator.Load(typeof(DatabaseMigrator).Assembly, "Persistence.Migrations", provider);

    // Records/ChainRow reads and writes with these (using static).
    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql) =>
        ScriptMigrator.Command(connection, transaction, sql);

    internal static void AddParameter(DbCommand command, string name, object value) => ScriptMigrator.AddParameter(command, name, value);
}
