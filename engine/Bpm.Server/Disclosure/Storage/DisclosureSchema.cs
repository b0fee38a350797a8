using Bpm.Engine.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Disclosure.Storage;

/// <summary>Brings the disclosure module's table up to date at start-up, recorded in <c>disclosure_schema_migrations</c>.
/// A database an older engine migrated already holds <c>public_disclosure_entries</c> (engine migration 0012 created it):
/// the scripts create only what is missing, so its rows stay (docs/adr/0006).</summary>
public sealed class DisclosureSchema(IDbContextFactory<DisclosureDbContext> contexts, ModuleSchemaMigrator migrator)
    // The lock key is "BPM" "DISC" in ASCII.
    : EmbeddedModuleSchema<DisclosureDbContext>(contexts, migrator, "Disclosure.Storage.Migrations", HistoryTable, 0x42504D_44495343)
{
    public const string HistoryTable = "disclosure_schema_migrations";
}
