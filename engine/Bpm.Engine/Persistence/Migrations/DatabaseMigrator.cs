using System.Data.Common;
using Bpm.Engine.Persistence.Migrations.Baseline;
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

    /// <summary>The versions applied by this call (empty when the database was already current). A database without engine
    /// history gets the baseline (<see cref="EngineBaseline"/>: no module's tables) and the versions it covers are recorded;
    /// then every recorded script the history lacks runs, as on an existing database.</summary>
    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct) => MigrateAsync(before: null, useBaseline: true, ct);

    /// <summary>Replays the recorded scripts from the first (never the baseline), only those ordered before
    /// <paramref name="before"/> (all when null): tests build a database as an older engine left it.</summary>
    internal Task<IReadOnlyList<string>> ReplayAsync(string? before, CancellationToken ct) => MigrateAsync(before, useBaseline: false, ct);

    private async Task<IReadOnlyList<string>> MigrateAsync(string? before, bool useBaseline, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await context.Database.OpenConnectionAsync(ct);
        var connection = context.Database.GetDbConnection();
        var migrator = new ScriptMigrator(options.Provider, "schema_migrations", PostgresLockKey, _logger);
        var applied = new List<string>();
        if (useBaseline)
        {
            var baseline = EngineBaseline.Load(options.Provider);
            if (await migrator.ApplyBaselineAsync(connection, baseline.Sql, baseline.Covers, ct))
                applied.AddRange(baseline.Covers);
        }
        applied.AddRange(await migrator.ApplyAsync(connection, LoadScripts(options.Provider), before,
            async (script, transaction) =>
            {
                if (script.Version == Records.LegacyChainBackfill.AfterVersion)
                    await Records.LegacyChainBackfill.RunAsync(context, transaction, ct);
                else if (script.Version == Records.CaseRecordChainBackfill.AfterVersion)
                    await Records.CaseRecordChainBackfill.RunAsync(context, transaction, ct);
            }, ct));
        return applied;
    }

    internal static IReadOnlyList<MigrationScript> LoadScripts(DatabaseProvider provider) =>
        ScriptMigrator.Load(typeof(DatabaseMigrator).Assembly, "Persistence.Migrations", provider);

    // Records/ChainRow reads and writes with these (using static).
    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql) =>
        ScriptMigrator.Command(connection, transaction, sql);

    internal static void AddParameter(DbCommand command, string name, object value) => ScriptMigrator.AddParameter(command, name, value);
}
