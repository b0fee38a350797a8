using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<MessageEntity>
{
    public const string MessageIdIndex = "ux_messages_message_id";

    public void Configure(EntityTypeBuilder<MessageEntity> b)
    {
        b.ToTable("messages");
        b.HasKey(x => x.Key).HasName("pk_messages");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.CorrelationKey).HasColumnName("correlation_key");
        b.Property(x => x.MessageId).HasColumnName("message_id");
        b.Property(x => x.Variables).HasColumnName("variables");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.ExpiresAt).HasColumnName("expires_at");
        b.Property(x => x.SenderClient).HasColumnName("sender_client");
        b.Property(x => x.SenderOrganisation).HasColumnName("sender_organisation");
        b.HasIndex(x => new { x.Name, x.CorrelationKey }).HasDatabaseName("ix_messages_name_correlation_key");
        b.HasIndex(x => x.MessageId).IsUnique().HasDatabaseName(MessageIdIndex);
        b.HasIndex(x => x.ExpiresAt).HasDatabaseName("ix_messages_expires_at");
    }
}
