using System.Data.Common;
using Bpm.Enforcement.CaseNumbers;
using Bpm.Enforcement.CaseNumbers.Storage;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Engine.Queries;
using Bpm.Server.Tests.Api.Identity;
using Bpm.Server.Tests.Identity;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Enforcement;

/// <summary>The case-number tables belong to the enforcement module (issue 13, items 2 and 4): a new database gets them from
/// the module's script, not the engine's baseline; a database main's migrations made (engine migration 0009, counters and
/// issued numbers, no module history) keeps every row when the module adopts it, and the next number follows its counter.</summary>
public abstract class CaseNumbersSchemaUpgradeTests<TDatabase> where TDatabase : IServerDatabase
{
    private static readonly string[] Tables = ["case_number_sequences", "case_numbers"];

    [Fact]
    public async Task A_new_database_gets_the_tables_from_the_module_not_the_engine_baseline()
    {
        await using var database = await OwnDatabase.CreateAsync<TDatabase>();
        await using var services = IdentityModuleHost.Build(database);

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        foreach (var table in Tables) Assert.False(await TableExistsAsync(services, database.Provider, table), table);

        var schema = services.GetServices<IModuleSchema>().OfType<CaseNumbersSchema>().Single();
        Assert.Equal(["0001_case_numbers"], await schema.MigrateAsync(CancellationToken.None));
        foreach (var table in Tables) Assert.True(await TableExistsAsync(services, database.Provider, table), table);
        Assert.Empty(await schema.MigrateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_database_main_migrated_keeps_its_counters_and_numbers_and_the_next_number_follows()
    {
        await using var database = await OwnDatabase.CreateAsync<TDatabase>();
        await using var services = IdentityModuleHost.Build(database);
        await services.GetRequiredService<DatabaseMigrator>().ReplayAsync(before: null, CancellationToken.None);
        await using (var db = await services.GetRequiredService<IDbContextFactory<CaseNumbersDbContext>>().CreateDbContextAsync())
        {
            // As main left it: engine migration 0009 made the tables, the registry filled them, no module history.
            Assert.False(await TableExistsAsync(services, database.Provider, CaseNumbersSchema.HistoryTable));
            db.CaseNumberSequences.Add(new CaseNumberSequenceEntity { AgencyCode = "郑市监", Year = 2026, Kind = "罚", LastValue = 5 });
            db.CaseNumbers.Add(new CaseNumberEntity
            {
                AgencyCode = "郑市监", Year = 2026, Kind = "罚", Sequence = 5, CaseNumber = "郑市监罚〔2026〕0005号",
                ProcessInstanceKey = 77, ElementInstanceKey = 78, IssuedAt = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero),
            });
            await db.SaveChangesAsync();
        }

        await EngineStartup.InitializeAsync(services, CancellationToken.None);

        await using (var db = await services.GetRequiredService<IDbContextFactory<CaseNumbersDbContext>>().CreateDbContextAsync())
            Assert.Equal(["0001_case_numbers"], await db.Database.SqlQueryRaw<string>(
                $"SELECT version AS \"Value\" FROM {CaseNumbersSchema.HistoryTable}").ToListAsync());
        var registry = services.GetRequiredService<CaseNumberRegistry>();
        var again = await registry.IssueAsync(new CaseNumberRequest("郑市监", 2026, "罚", 77, 78), Format, CancellationToken.None);
        Assert.Equal(("郑市监罚〔2026〕0005号", true), (again.CaseNumber, again.Reissued));
        var next = await registry.IssueAsync(new CaseNumberRequest("郑市监", 2026, "罚", 90, 91), Format, CancellationToken.None);
        Assert.Equal((6L, "郑市监罚〔2026〕0006号", false), (next.Sequence, next.CaseNumber, next.Reissued));

        var labels = await services.GetRequiredService<ICaseLabelNumbers>().FirstIssuedAsync([77, 90, 5], CancellationToken.None);
        Assert.Equal(new Dictionary<long, string> { [77] = "郑市监罚〔2026〕0005号", [90] = "郑市监罚〔2026〕0006号" }, labels);
    }

    private static string Format(long sequence) => $"郑市监罚〔2026〕{sequence:0000}号";

    private static async Task<bool> TableExistsAsync(IServiceProvider services, string provider, string table)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<CaseNumbersDbContext>>().CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        await using DbCommand command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = provider == "Sqlite"
            ? $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
            : $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{table}'";
        return Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
    }
}

public sealed class CaseNumbersSchemaUpgradeSqliteTests : CaseNumbersSchemaUpgradeTests<Sqlite>;
public sealed class CaseNumbersSchemaUpgradePostgresTests : CaseNumbersSchemaUpgradeTests<Postgres>;
