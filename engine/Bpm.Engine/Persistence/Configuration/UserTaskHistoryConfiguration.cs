using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class UserTaskHistoryConfiguration : IEntityTypeConfiguration<UserTaskHistoryEntity>
{
    public void Configure(EntityTypeBuilder<UserTaskHistoryEntity> b)
    {
        b.ToTable("user_task_history");
        b.HasKey(x => x.Key).HasName("pk_user_task_history");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.TaskKey).HasColumnName("task_key");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.Event).HasColumnName("event");
        b.Property(x => x.Actor).HasColumnName("actor");
        b.Property(x => x.At).HasColumnName("at");
        b.Property(x => x.Details).HasColumnName("details");
        b.Property(x => x.ChainPosition).HasColumnName("chain_position");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash").StoredAsBytes();
        b.Property(x => x.Hash).HasColumnName("hash").StoredAsBytes();
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_user_task_history_process_instance_key");
        b.HasIndex(x => x.TaskKey).HasDatabaseName("ix_user_task_history_task_key");
        b.HasIndex(x => new { x.Actor, x.ProcessInstanceKey }).HasDatabaseName("ix_user_task_history_confirmed").HasFilter("event = 'CONFIRMED'");
    }
}
