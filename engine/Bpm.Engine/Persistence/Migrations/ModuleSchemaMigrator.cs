using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bpm.Engine.Persistence.Migrations;

/// <summary>Applies a module's embedded SQL scripts (resources under <c>{folder}.{Sqlite|Postgres}.</c> of its assembly) on
/// the engine's database and records them in the module's own history table, the way the engine records its own in
/// <c>schema_migrations</c>: one transaction per script under a database-wide lock, so nodes starting together apply each
/// once. A module that adopts a table an older engine created writes <c>CREATE … IF NOT EXISTS</c>.</summary>
public sealed class ModuleSchemaMigrator(DatabaseOptions options, ILogger<ModuleSchemaMigrator>? logger = null)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(DbContext context, Assembly assembly, string folder, string historyTable,
        long postgresLockKey, CancellationToken ct)
    {
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            var migrator = new ScriptMigrator(options.Provider, historyTable, postgresLockKey,
                (ILogger?)logger ?? NullLogger<ModuleSchemaMigrator>.Instance);
            return await migrator.ApplyAsync(context.Database.GetDbConnection(), ScriptMigrator.Load(assembly, folder, options.Provider),
                before: null, afterScript: null, ct);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
