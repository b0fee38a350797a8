using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class UserTaskCommentConfiguration : IEntityTypeConfiguration<UserTaskCommentEntity>
{
    public void Configure(EntityTypeBuilder<UserTaskCommentEntity> b)
    {
        b.ToTable("user_task_comments");
        b.HasKey(x => x.Key).HasName("pk_user_task_comments");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.TaskKey).HasColumnName("task_key");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.Author).HasColumnName("author");
        b.Property(x => x.Text).HasColumnName("text");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.ChainPosition).HasColumnName("chain_position");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash").StoredAsBytes();
        b.Property(x => x.Hash).HasColumnName("hash").StoredAsBytes();
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_user_task_comments_process_instance_key");
        b.HasIndex(x => x.TaskKey).HasDatabaseName("ix_user_task_comments_task_key");
    }
}
