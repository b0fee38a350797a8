using Bpm.Engine.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Disclosure.Storage;

/// <summary>Brings the disclosure module's table up to date at start-up, recorded in <c>disclosure_schema_migrations</c>.
/// A database an older engine migrated already holds <c>public_disclosure_entries</c> (engine migration 0012 created it):
/// the scripts create only what is missing, so its rows stay (docs/adr/0006).</summary>
public sealed class DisclosureSchema(IDbContextFactory<DisclosureDbContext> contexts, ModuleSchemaMigrator migrator) : IModuleSchema
{
    public const string HistoryTable = "disclosure_schema_migrations";
    // The same on every node; differs from the engine's own migration lock ("BPM" "DISC" in ASCII).
    private const long PostgresLockKey = 0x42504D_44495343;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await migrator.MigrateAsync(context, typeof(DisclosureSchema).Assembly, "Disclosure.Storage.Migrations", HistoryTable,
            PostgresLockKey, ct);
    }
}
