using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessageEntity>
{
    public void Configure(EntityTypeBuilder<OutboxMessageEntity> b)
    {
        b.ToTable("outbox");
        b.HasKey(x => x.Id).HasName("pk_outbox");
        b.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(x => x.MessageId).HasColumnName("message_id");
        b.Property(x => x.MessageType).HasColumnName("message_type");
        b.Property(x => x.Payload).HasColumnName("payload");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.DispatchedAt).HasColumnName("dispatched_at");
        b.Property(x => x.Attempts).HasColumnName("attempts");
        b.Property(x => x.LastError).HasColumnName("last_error");
        b.Property(x => x.ElementId).HasColumnName("element_id");
        b.Property(x => x.ElementInstanceKey).HasColumnName("element_instance_key");
        b.Property(x => x.NextAttemptAt).HasColumnName("next_attempt_at");
        b.Property(x => x.IncidentKey).HasColumnName("incident_key");
        b.Property(x => x.ClaimedBy).HasColumnName("claimed_by");
        b.Property(x => x.ClaimedUntil).HasColumnName("claimed_until");
        b.HasIndex(x => x.DispatchedAt).HasDatabaseName("ix_outbox_dispatched_at");
    }
}
