using Bpm.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Enforcement.CaseNumbers.Storage;

/// <summary>The case-number registry's tables on the engine's database: the counters (<c>case_number_sequences</c>) and the
/// issued numbers (<c>case_numbers</c>). Their schema comes from the scripts in Migrations/ (<see cref="CaseNumbersSchema"/>).</summary>
public sealed class CaseNumbersDbContext(DbContextOptions<CaseNumbersDbContext> options) : DbContext(options)
{
    public DbSet<CaseNumberSequenceEntity> CaseNumberSequences => Set<CaseNumberSequenceEntity>();
    public DbSet<CaseNumberEntity> CaseNumbers => Set<CaseNumberEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseBpmConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new CaseNumberSequenceConfiguration()).ApplyConfiguration(new CaseNumberConfiguration());
}
