using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocumentEntity>
{
    public void Configure(EntityTypeBuilder<CaseDocumentEntity> b)
    {
        b.ToTable("documents");
        b.HasKey(x => x.Key).HasName("pk_documents");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.BusinessKey).HasColumnName("business_key");
        b.Property(x => x.DocumentType).HasColumnName("document_type");
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.Sha256).HasColumnName("sha256");
        b.Property(x => x.Size).HasColumnName("size");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.CreatedBy).HasColumnName("created_by");
        b.Property(x => x.ElementId).HasColumnName("element_id");
        b.Property(x => x.ChainPosition).HasColumnName("chain_position");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash").StoredAsBytes();
        b.Property(x => x.Hash).HasColumnName("hash").StoredAsBytes();
        b.HasIndex(x => x.ProcessInstanceKey).HasDatabaseName("ix_documents_process_instance_key");
    }
}
