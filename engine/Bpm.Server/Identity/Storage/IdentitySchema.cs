using Bpm.Engine.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.Storage;

/// <summary>Brings the identity module's tables up to date at start-up, recorded in <c>identity_schema_migrations</c>. The
/// engine's recorded migrations create the same tables on every database (they are history and are never edited): the
/// scripts create only what is missing, so existing people, units and roles stay (docs/adr/0006).</summary>
public sealed class IdentitySchema(IDbContextFactory<IdentityDbContext> contexts, ModuleSchemaMigrator migrator) : IModuleSchema
{
    public const string HistoryTable = "identity_schema_migrations";
    // The same on every node; differs from the engine's and the other modules' locks ("BPM" "IDEN" in ASCII).
    private const long PostgresLockKey = 0x42504D_4944454E;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await migrator.MigrateAsync(context, typeof(IdentitySchema).Assembly, "Identity.Storage.Migrations", HistoryTable,
            PostgresLockKey, ct);
    }
}
