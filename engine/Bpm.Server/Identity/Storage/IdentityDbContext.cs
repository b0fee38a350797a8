using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Records;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.Storage;

/// <summary>The identity module's tables on the engine's database: people, organisation units, certificates, training
/// records and integration clients. Their schema comes from the scripts in Migrations/ (<see cref="IdentitySchema"/>).
/// The context also maps the engine's audit log, so that a change and its audit record are saved together.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<UserEntity> Users => Set<UserEntity>();
    public DbSet<OrgUnitEntity> OrgUnits => Set<OrgUnitEntity>();
    public DbSet<CertificateEntity> Certificates => Set<CertificateEntity>();
    public DbSet<TrainingEntity> Trainings => Set<TrainingEntity>();
    public DbSet<IntegrationClientEntity> IntegrationClients => Set<IntegrationClientEntity>();
    public DbSet<AuditEntity> Audit => Set<AuditEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseBpmConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.MapBpmAuditLog().ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly,
            t => t.Namespace == typeof(UserConfiguration).Namespace);
}
