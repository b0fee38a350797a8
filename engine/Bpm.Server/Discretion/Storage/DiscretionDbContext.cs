using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Discretion.Storage;

/// <summary>The discretion module's table on the engine's database: <c>decided_penalties</c>, the read model of the
/// discretion and annual statistics. Its schema comes from the scripts in Migrations/ (<see cref="DiscretionSchema"/>);
/// the engine writes its rows through <see cref="DecidedPenaltyProjection"/>, which hands the engine this context's model.</summary>
public sealed class DiscretionDbContext(DbContextOptions<DiscretionDbContext> options) : DbContext(options)
{
    public DbSet<DecidedPenaltyEntity> DecidedPenalties => Set<DecidedPenaltyEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new DecidedPenaltyConfiguration());
}
