using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class UserTaskCandidateConfiguration : IEntityTypeConfiguration<UserTaskCandidateEntity>
{
    public void Configure(EntityTypeBuilder<UserTaskCandidateEntity> b)
    {
        b.ToTable("user_task_candidates");
        b.HasKey(x => new { x.TaskKey, x.Kind, x.Value }).HasName("pk_user_task_candidates");
        b.Property(x => x.TaskKey).HasColumnName("task_key").ValueGeneratedNever();
        b.Property(x => x.Kind).HasColumnName("kind");
        b.Property(x => x.Value).HasColumnName("value");
        b.HasIndex(x => new { x.Kind, x.Value, x.TaskKey }).HasDatabaseName("ix_user_task_candidates_kind_value");
    }
}
