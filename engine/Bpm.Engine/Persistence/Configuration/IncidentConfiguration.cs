using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<IncidentEntity>
{
    public void Configure(EntityTypeBuilder<IncidentEntity> b)
    {
        b.ToTable("incidents");
        b.HasKey(x => x.Key).HasName("pk_incidents");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.ElementInstanceKey).HasColumnName("element_instance_key");
        b.Property(x => x.ElementId).HasColumnName("element_id");
        b.Property(x => x.ErrorType).HasColumnName("error_type");
        b.Property(x => x.ErrorMessage).HasColumnName("error_message");
        b.Property(x => x.State).HasColumnName("state").HasConversion(new Conversion.StateTextConverter<States.IncidentState>());
        b.Property(x => x.JobKey).HasColumnName("job_key");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.ResolvedAt).HasColumnName("resolved_at");
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_incidents_process_instance_key");
        b.HasIndex(x => x.State).HasDatabaseName("ix_incidents_state");
    }
}
