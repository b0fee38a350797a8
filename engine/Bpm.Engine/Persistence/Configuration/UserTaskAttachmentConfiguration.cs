using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class UserTaskAttachmentConfiguration : IEntityTypeConfiguration<UserTaskAttachmentEntity>
{
    public void Configure(EntityTypeBuilder<UserTaskAttachmentEntity> b)
    {
        b.ToTable("user_task_attachments");
        b.HasKey(x => x.Key).HasName("pk_user_task_attachments");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.TaskKey).HasColumnName("task_key");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.ContentType).HasColumnName("content_type");
        b.Property(x => x.Size).HasColumnName("size");
        b.Property(x => x.Sha256).HasColumnName("sha256");
        b.Property(x => x.UploadedBy).HasColumnName("uploaded_by");
        b.Property(x => x.UploadedAt).HasColumnName("uploaded_at");
        b.Property(x => x.EvidenceKind).HasColumnName("evidence_kind");
        b.Property(x => x.Device).HasColumnName("device");
        b.Property(x => x.CapturedAt).HasColumnName("captured_at");
        b.Property(x => x.CapturedPlace).HasColumnName("captured_place");
        b.Property(x => x.Officer).HasColumnName("officer");
        b.Property(x => x.ChainPosition).HasColumnName("chain_position");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash").StoredAsBytes();
        b.Property(x => x.Hash).HasColumnName("hash").StoredAsBytes();
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_user_task_attachments_process_instance_key");
        b.HasIndex(x => x.TaskKey).HasDatabaseName("ix_user_task_attachments_task_key");
    }
}
