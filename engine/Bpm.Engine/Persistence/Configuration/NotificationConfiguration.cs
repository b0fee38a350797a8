using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<NotificationEntity>
{
    public void Configure(EntityTypeBuilder<NotificationEntity> b)
    {
        b.ToTable("notifications");
        b.HasKey(x => x.Key).HasName("pk_notifications");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.Recipient).HasColumnName("recipient");
        b.Property(x => x.Kind).HasColumnName("kind");
        b.Property(x => x.UserTaskKey).HasColumnName("user_task_key");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.Message).HasColumnName("message");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.ReadAt).HasColumnName("read_at");
        b.HasIndex(x => new { x.Recipient, x.Key }).HasDatabaseName("ix_notifications_recipient_key");
    }
}
