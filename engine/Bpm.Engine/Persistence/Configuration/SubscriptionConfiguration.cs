using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<SubscriptionEntity>
{
    public void Configure(EntityTypeBuilder<SubscriptionEntity> b)
    {
        b.ToTable("subscriptions");
        b.HasKey(x => x.Key).HasName("pk_subscriptions");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.ElementInstanceKey).HasColumnName("element_instance_key");
        b.Property(x => x.ElementId).HasColumnName("element_id");
        b.Property(x => x.Kind).HasColumnName("kind");
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.CorrelationKey).HasColumnName("correlation_key");
        b.Property(x => x.DueAt).HasColumnName("due_at");
        b.Property(x => x.TimerText).HasColumnName("timer_text");
        // No store default: the entity's own default (true) is always written.
        b.Property(x => x.Interrupting).HasColumnName("interrupting").ValueGeneratedNever();
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.ProcessDefinitionKey).HasColumnName("process_definition_key");
        b.Property(x => x.TimerCycle).HasColumnName("timer_cycle");
        b.Property(x => x.RepetitionsLeft).HasColumnName("repetitions_left");
        b.Property(x => x.ClaimedBy).HasColumnName("claimed_by");
        b.Property(x => x.ClaimedUntil).HasColumnName("claimed_until");
        b.HasIndex(x => new { x.Kind, x.Name, x.CorrelationKey }).HasDatabaseName("ix_subscriptions_kind_name_correlation_key");
        b.HasIndex(x => new { x.Kind, x.DueAt }).HasDatabaseName("ix_subscriptions_kind_due_at");
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_subscriptions_process_instance_key");
        b.HasIndex(x => x.ProcessDefinitionKey).HasDatabaseName("ix_subscriptions_process_definition_key");
    }
}
