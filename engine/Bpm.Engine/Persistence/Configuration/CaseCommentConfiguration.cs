using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class CaseCommentConfiguration : IEntityTypeConfiguration<CaseCommentEntity>
{
    public void Configure(EntityTypeBuilder<CaseCommentEntity> b)
    {
        b.ToTable("case_comments");
        b.HasKey(x => x.Key).HasName("pk_case_comments");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.Author).HasColumnName("author");
        b.Property(x => x.Text).HasColumnName("text");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.ChainPosition).HasColumnName("chain_position");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash").StoredAsBytes();
        b.Property(x => x.Hash).HasColumnName("hash").StoredAsBytes();
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_case_comments_process_instance_key");
    }
}
