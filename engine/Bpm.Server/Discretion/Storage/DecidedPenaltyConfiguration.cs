using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Server.Discretion.Storage;

internal sealed class DecidedPenaltyConfiguration : IEntityTypeConfiguration<DecidedPenaltyEntity>
{
    public void Configure(EntityTypeBuilder<DecidedPenaltyEntity> b)
    {
        b.ToTable("decided_penalties");
        b.HasKey(x => x.ProcessInstanceKey).HasName("pk_decided_penalties");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key").ValueGeneratedNever();
        b.Property(x => x.Procedure).HasColumnName("procedure");
        b.Property(x => x.OrganisationId).HasColumnName("organisation_id");
        b.Property(x => x.ViolationType).HasColumnName("violation_type");
        b.Property(x => x.MinFineFen).HasColumnName("min_fine_fen");
        b.Property(x => x.MaxFineFen).HasColumnName("max_fine_fen");
        b.Property(x => x.FineFen).HasColumnName("fine_fen");
        b.Property(x => x.Position).HasColumnName("position");
        b.Property(x => x.Reasoned).HasColumnName("reasoned");
        b.Property(x => x.DecidedOn).HasColumnName("decided_on");
        b.HasIndex(x => x.DecidedOn).HasDatabaseName("ix_decided_penalties_decided_on");
        b.HasIndex(x => new { x.OrganisationId, x.DecidedOn }).HasDatabaseName("ix_decided_penalties_organisation_id_decided_on");
    }
}
