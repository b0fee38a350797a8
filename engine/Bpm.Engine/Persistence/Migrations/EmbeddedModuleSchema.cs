using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Persistence.Migrations;

/// <summary>An <see cref="IModuleSchema"/> whose scripts are embedded in the module's own assembly under
/// <c>{folder}.{Sqlite|Postgres}.</c>, applied with <see cref="ModuleSchemaMigrator"/> on a connection of the module's
/// context and recorded in the module's history table. <paramref name="postgresLockKey"/> must be the same on every node
/// and differ from the engine's and other modules' keys.</summary>
public abstract class EmbeddedModuleSchema<TContext>(IDbContextFactory<TContext> contexts, ModuleSchemaMigrator migrator, string folder,
    string historyTable, long postgresLockKey) : IModuleSchema where TContext : DbContext
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await migrator.MigrateAsync(context, GetType().Assembly, folder, historyTable, postgresLockKey, ct);
    }
}
