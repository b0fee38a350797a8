using System.Text.RegularExpressions;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Persistence.Migrations.Baseline;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Tests.Persistence;

/// <summary>The baseline for new databases (docs/adr/0006, decision 6): it stands for every recorded migration, a new
/// database gets it and records the versions it covers, and a database with history never gets it. That it makes the
/// schema the replayed history makes is BaselineSchemaTests (server tests, with the modules' scripts).</summary>
public abstract class BaselineTests(DatabaseProvider provider)
{
    /// <summary>Fails when an engine migration is added without running Persistence/Migrations/Baseline/regenerate.sh.</summary>
    [Fact]
    public void The_baseline_covers_every_recorded_migration()
    {
        Assert.Equal(DatabaseMigrator.LoadScripts(provider).Select(s => s.Version), EngineBaseline.Load(provider).Covers);
    }

    [Fact]
    public void The_baseline_creates_no_table_a_module_owns()
    {
        var sql = Regex.Replace(EngineBaseline.Load(provider).Sql, "--[^\n]*", "");
        Assert.Contains("CREATE TABLE process_instances", sql);
        Assert.DoesNotMatch(@"\b(users|org_units|user_certificates|user_trainings|integration_clients|public_disclosure_entries|decided_penalties)\b", sql);
    }

    [Fact]
    public async Task A_new_database_gets_the_baseline_and_records_every_version_it_covers()
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);

        var applied = await db.Migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(EngineBaseline.Load(provider).Covers, applied);
        Assert.Equal(applied, await HistoryAsync(db));
        Assert.False(await TableExistsAsync(db, "users"));
        Assert.Empty(await db.Migrator.MigrateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_database_with_history_replays_only_the_scripts_it_lacks_never_the_baseline()
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        await db.Migrator.ReplayAsync(before: "0016_nodes", CancellationToken.None);

        var applied = await db.Migrator.MigrateAsync(CancellationToken.None);

        var lacking = DatabaseMigrator.LoadScripts(provider).Select(s => s.Version)
            .Where(v => string.CompareOrdinal(v, "0016_nodes") >= 0).ToList();
        Assert.Equal(lacking, applied);
        Assert.Equal(DatabaseMigrator.LoadScripts(provider).Select(s => s.Version), await HistoryAsync(db));
        // The replayed history made the identity tables; the baseline would not have.
        Assert.True(await TableExistsAsync(db, "users"));
    }

    private static async Task<List<string>> HistoryAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        return await context.Database.SqlQueryRaw<string>("SELECT version AS \"Value\" FROM schema_migrations ORDER BY version").ToListAsync();
    }

    private static async Task<bool> TableExistsAsync(TestDatabase db, string table)
    {
        await using var context = db.CreateContext();
        var sql = db.Provider == DatabaseProvider.Sqlite
            ? $"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
            : $"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'";
        return await context.Database.SqlQueryRaw<int>(sql).SingleAsync() > 0;
    }
}

public sealed class BaselineSqliteTests() : BaselineTests(DatabaseProvider.Sqlite);
public sealed class BaselinePostgresTests() : BaselineTests(DatabaseProvider.Postgres);
