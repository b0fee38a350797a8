using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Tests.Persistence;

public abstract class MigrationTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Migrations_apply_on_an_empty_database_and_are_idempotent()
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);

        var first = await db.Migrator.MigrateAsync(CancellationToken.None);
        var second = await db.Migrator.MigrateAsync(CancellationToken.None);

        Assert.Contains("0001_initial", first);
        Assert.Empty(second);
        Assert.Equal(first.Count, await CountMigrationsAsync(db));
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.ProcessInstances.CountAsync());
    }

    [Fact]
    public async Task Two_nodes_migrating_at_once_apply_each_script_once()
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);

        var results = await Task.WhenAll(
            Task.Run(() => db.Migrator.MigrateAsync(CancellationToken.None)),
            Task.Run(() => db.Migrator.MigrateAsync(CancellationToken.None)));

        Assert.Equal(results[0].Count + results[1].Count, await CountMigrationsAsync(db));
        Assert.Empty(results[0].Intersect(results[1]));
    }

    private static async Task<int> CountMigrationsAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        return await context.Database.SqlQueryRaw<int>("SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM schema_migrations").SingleAsync();
    }
}

public sealed class MigrationSqliteTests() : MigrationTests(DatabaseProvider.Sqlite);
public sealed class MigrationPostgresTests() : MigrationTests(DatabaseProvider.Postgres);
