using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class JobConfiguration : IEntityTypeConfiguration<JobEntity>
{
    public void Configure(EntityTypeBuilder<JobEntity> b)
    {
        b.ToTable("jobs");
        b.HasKey(x => x.Key).HasName("pk_jobs");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.ElementInstanceKey).HasColumnName("element_instance_key");
        b.Property(x => x.ElementId).HasColumnName("element_id");
        b.Property(x => x.Type).HasColumnName("type");
        b.Property(x => x.Retries).HasColumnName("retries");
        b.Property(x => x.State).HasColumnName("state").HasConversion(new Conversion.StateTextConverter<States.JobState>());
        b.Property(x => x.DueAt).HasColumnName("due_at");
        b.Property(x => x.LockedBy).HasColumnName("locked_by");
        b.Property(x => x.LockedUntil).HasColumnName("locked_until");
        b.Property(x => x.LockedInstanceKey).HasColumnName("locked_instance_key");
        b.Property(x => x.ErrorMessage).HasColumnName("error_message");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.HasIndex(x => new { x.State, x.DueAt }).HasDatabaseName("ix_jobs_state_due_at");
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_jobs_process_instance_key");
        b.HasIndex(x => x.LockedUntil).HasDatabaseName("ix_jobs_locked_until");
        // At most one locked job per instance: the database itself refuses a second one.
        b.HasIndex(x => x.LockedInstanceKey).IsUnique().HasDatabaseName("ux_jobs_locked_instance_key")
            .HasFilter("locked_instance_key IS NOT NULL");
    }
}
