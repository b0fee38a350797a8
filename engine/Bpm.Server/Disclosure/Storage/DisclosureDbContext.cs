using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Disclosure.Storage;

/// <summary>The disclosure module's table on the engine's database: <c>public_disclosure_entries</c>, the read model of the
/// public 执法公示 page. Its schema comes from the scripts in Migrations/ (<see cref="DisclosureSchema"/>); the engine writes
/// its rows through <see cref="PublicDisclosureProjection"/>, which hands the engine this context's model.</summary>
public sealed class DisclosureDbContext(DbContextOptions<DisclosureDbContext> options) : DbContext(options)
{
    public DbSet<PublicDisclosureEntryEntity> PublicDisclosureEntries => Set<PublicDisclosureEntryEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new PublicDisclosureEntryConfiguration());
}
