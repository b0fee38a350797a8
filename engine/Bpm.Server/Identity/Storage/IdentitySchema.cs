using Bpm.Engine.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.Storage;

/// <summary>Brings the identity module's tables up to date at start-up, recorded in <c>identity_schema_migrations</c>. The
/// engine's recorded migrations create the same tables on every database (they are history and are never edited): the
/// scripts create only what is missing, so existing people, units and roles stay (docs/adr/0006).</summary>
public sealed class IdentitySchema(IDbContextFactory<IdentityDbContext> contexts, ModuleSchemaMigrator migrator)
    // The lock key is "BPM" "IDEN" in ASCII.
    : EmbeddedModuleSchema<IdentityDbContext>(contexts, migrator, "Identity.Storage.Migrations", HistoryTable, 0x42504D_4944454E)
{
    public const string HistoryTable = "identity_schema_migrations";
}
