using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessageEntity>
{
    public void Configure(EntityTypeBuilder<InboxMessageEntity> b)
    {
        b.ToTable("inbox_messages");
        b.HasKey(x => x.MessageId).HasName("pk_inbox_messages");
        b.Property(x => x.MessageId).HasColumnName("message_id").ValueGeneratedNever();
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.CorrelationKey).HasColumnName("correlation_key");
        b.Property(x => x.Source).HasColumnName("source");
        b.Property(x => x.SenderClient).HasColumnName("sender_client");
        b.Property(x => x.State).HasColumnName("state").HasConversion(new Conversion.StateTextConverter<States.InboxMessageState>());
        b.Property(x => x.Reason).HasColumnName("reason");
        b.Property(x => x.ProcessInstanceKeys).HasColumnName("process_instance_keys");
        b.Property(x => x.Variables).HasColumnName("variables");
        b.Property(x => x.ReceivedAt).HasColumnName("received_at");
        b.Property(x => x.CorrelatedAt).HasColumnName("correlated_at");
        b.Property(x => x.Attempts).HasColumnName("attempts");
        b.HasIndex(x => new { x.State, x.ReceivedAt }).HasDatabaseName("ix_inbox_messages_state_received_at");
    }
}
