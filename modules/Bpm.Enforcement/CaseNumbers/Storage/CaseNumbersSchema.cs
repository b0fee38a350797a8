using Bpm.Engine.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Enforcement.CaseNumbers.Storage;

/// <summary>Brings the case-number tables up to date at start-up, recorded in <c>case_number_schema_migrations</c>. A
/// database the engine's recorded migration 0009 made already holds both tables: the scripts create only what is missing,
/// so the counters and the issued numbers stay (docs/adr/0006).</summary>
public sealed class CaseNumbersSchema(IDbContextFactory<CaseNumbersDbContext> contexts, ModuleSchemaMigrator migrator)
    // The lock key is "BPM" "CASE" in ASCII.
    : EmbeddedModuleSchema<CaseNumbersDbContext>(contexts, migrator, "CaseNumbers.Storage.Migrations", HistoryTable, 0x42504D_43415345)
{
    public const string HistoryTable = "case_number_schema_migrations";
}
