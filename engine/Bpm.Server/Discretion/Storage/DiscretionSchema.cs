using Bpm.Engine.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Discretion.Storage;

/// <summary>Brings the discretion module's table up to date at start-up, recorded in <c>discretion_schema_migrations</c>.
/// The rows of cases decided before the table existed come from the projection's rebuild, which runs after the modules'
/// scripts (<see cref="DecidedPenaltyProjection"/> keeps ended cases, so completed ones are counted too).</summary>
public sealed class DiscretionSchema(IDbContextFactory<DiscretionDbContext> contexts, ModuleSchemaMigrator migrator) : IModuleSchema
{
    public const string HistoryTable = "discretion_schema_migrations";
    // The same on every node; differs from the engine's and the disclosure module's locks ("BPM" "DSCR" in ASCII).
    private const long PostgresLockKey = 0x42504D_44534352;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await migrator.MigrateAsync(context, typeof(DiscretionSchema).Assembly, "Discretion.Storage.Migrations", HistoryTable,
            PostgresLockKey, ct);
    }
}
