using Bpm.Enforcement;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence.Migrations;
using Bpm.Server.Disclosure;
using Bpm.Server.Discretion;
using Bpm.Server.Identity;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Api.Identity;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bpm.Server.Tests.Schema;

/// <summary>A new database gets the engine's baseline (docs/adr/0006, decision 6): with the modules' scripts after it, it
/// has exactly the schema (tables, columns, indexes, constraints, sequences, seeded rows) and engine history of a database
/// replayed from 0001 upwards with the same modules, as the catalog describes both.</summary>
public abstract class BaselineSchemaTests<TDatabase>(ITestOutputHelper output) where TDatabase : IServerDatabase
{
    [Fact]
    public async Task The_baseline_and_the_modules_make_the_schema_the_replayed_history_and_the_modules_make()
    {
        await using var baselineDatabase = await OwnDatabase.CreateAsync<TDatabase>();
        await using var replayedDatabase = await OwnDatabase.CreateAsync<TDatabase>();
        await using var baselineHost = BuildHost(baselineDatabase);
        await using var replayedHost = BuildHost(replayedDatabase);

        var covered = await baselineHost.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var replayed = await replayedHost.GetRequiredService<DatabaseMigrator>().ReplayAsync(before: null, CancellationToken.None);
        Assert.Equal(replayed, covered);
        Assert.Empty(await baselineHost.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));
        foreach (var host in new[] { baselineHost, replayedHost })
        foreach (var module in host.GetServices<IModuleSchema>())
            await module.MigrateAsync(CancellationToken.None);

        var fromBaseline = await DescribeAsync(baselineHost, baselineDatabase.Provider);
        var fromHistory = await DescribeAsync(replayedHost, replayedDatabase.Provider);
        foreach (var difference in fromHistory.Except(fromBaseline).Select(l => "only replayed: " + l)
                     .Concat(fromBaseline.Except(fromHistory).Select(l => "only baseline: " + l)))
            output.WriteLine(difference);
        Assert.Contains(fromBaseline, l => l.StartsWith("column users.", StringComparison.Ordinal));
        Assert.Contains(fromBaseline, l => l.StartsWith("column public_disclosure_entries.", StringComparison.Ordinal)
                                           || l.StartsWith("column public_disclosure_entries ", StringComparison.Ordinal));
        Assert.Equal(fromHistory, fromBaseline);
        Assert.Equal(await HistoryAsync(replayedHost), await HistoryAsync(baselineHost));
    }

    private static ServiceProvider BuildHost(OwnDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bpm"] = database.ConnectionString,
            ["Bpm:Database:Provider"] = database.Provider,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBpmEngine(configuration);
        services.AddBpmEnforcement(configuration);
        services.AddIdentityModule();
        services.AddDisclosureModule();
        services.AddDiscretionModule();
        return services.BuildServiceProvider();
    }

    private static async Task<List<string>> DescribeAsync(IServiceProvider host, string provider)
    {
        await using var context = await host.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        return await SchemaCatalog.DescribeAsync(context.Database.GetDbConnection(), provider);
    }

    private static async Task<List<string>> HistoryAsync(IServiceProvider host)
    {
        await using var context = await host.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
        return await context.Database.SqlQueryRaw<string>("SELECT version AS \"Value\" FROM schema_migrations ORDER BY version").ToListAsync();
    }
}

public sealed class BaselineSchemaSqliteTests(ITestOutputHelper output) : BaselineSchemaTests<Sqlite>(output);
public sealed class BaselineSchemaPostgresTests(ITestOutputHelper output) : BaselineSchemaTests<Postgres>(output);
