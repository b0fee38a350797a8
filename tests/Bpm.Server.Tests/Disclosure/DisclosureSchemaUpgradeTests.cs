using System.Data.Common;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Server.Disclosure;
using Bpm.Server.Disclosure.Storage;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bpm.Server.Tests.Disclosure;

/// <summary>The public-disclosure table belongs to the disclosure module, not the engine (issue 13, item 4; docs/adr/0006):
/// the engine's migrations no longer create it, the module's do, and a database an older engine migrated (the table with
/// its rows, no module history) keeps every row when the module adopts it.</summary>
public abstract class DisclosureSchemaUpgradeTests(DatabaseProvider provider)
{
    [Fact]
    public async Task The_module_creates_its_table_and_adopts_one_an_older_engine_made_without_losing_rows()
    {
        var postgres = provider == DatabaseProvider.Postgres ? new ScratchPostgresDatabase("bpm_disclosure_upgrade") : null;
        var sqliteFile = Path.Combine(Path.GetTempPath(), $"bpm-disclosure-upgrade-{Guid.NewGuid():N}.db");
        if (postgres is not null) await postgres.CreateAsync();
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Bpm"] = postgres?.ConnectionString ?? $"Data Source={sqliteFile}",
                ["Bpm:Database:Provider"] = provider.ToString(),
            }).Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddDisclosureModule();
            services.AddBpmEngine(configuration);
            await using var built = services.BuildServiceProvider();
            var schema = built.GetServices<IModuleSchema>().OfType<DisclosureSchema>().Single();
            var contexts = built.GetRequiredService<IDbContextFactory<DisclosureDbContext>>();

            await built.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            Assert.False(await TableExistsAsync(contexts, provider, "public_disclosure_entries"));
            Assert.Equal(["0001_public_disclosure_entries", "0029_discretion_deviation"], await schema.MigrateAsync(CancellationToken.None));
            Assert.True(await TableExistsAsync(contexts, provider, "public_disclosure_entries"));

            // As main left a database: the table (then created by engine migration 0012) holding rows, no module history.
            await using (var context = await contexts.CreateDbContextAsync())
            {
                context.PublicDisclosureEntries.Add(new PublicDisclosureEntryEntity
                {
                    ProcessInstanceKey = 42, EntryId = "GS-42", Agency = "郑州市市场监督管理局", AgencyKey = "郑州市市场监督管理局",
                    PublishedAt = "2026-03-02T10:00:00+08:00", SearchText = "gs-42", PartyName = "张*",
                });
                await context.SaveChangesAsync();
                await context.Database.ExecuteSqlRawAsync($"DROP TABLE {DisclosureSchema.HistoryTable}");
                // Engine migration 0012's table had no discretion columns (module script 0029 adds them).
                await context.Database.ExecuteSqlRawAsync("ALTER TABLE public_disclosure_entries DROP COLUMN benchmark_deviation");
                await context.Database.ExecuteSqlRawAsync("ALTER TABLE public_disclosure_entries DROP COLUMN deviation_reasoned");
            }

            Assert.Equal(["0001_public_disclosure_entries", "0029_discretion_deviation"], await schema.MigrateAsync(CancellationToken.None));
            Assert.Empty(await schema.MigrateAsync(CancellationToken.None));
            await using (var context = await contexts.CreateDbContextAsync())
            {
                var row = await context.PublicDisclosureEntries.SingleAsync();
                Assert.Equal((42L, "GS-42", "张*"), (row.ProcessInstanceKey, row.EntryId, row.PartyName));
            }
        }
        finally
        {
            if (postgres is not null) await postgres.DropAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(sqliteFile);
        }
    }

    private static async Task<bool> TableExistsAsync(IDbContextFactory<DisclosureDbContext> contexts, DatabaseProvider provider, string table)
    {
        await using var context = await contexts.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        await using DbCommand command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = provider == DatabaseProvider.Sqlite
            ? $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
            : $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'";
        return Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
    }
}

public sealed class DisclosureSchemaUpgradeSqliteTests() : DisclosureSchemaUpgradeTests(DatabaseProvider.Sqlite);
public sealed class DisclosureSchemaUpgradePostgresTests() : DisclosureSchemaUpgradeTests(DatabaseProvider.Postgres);
