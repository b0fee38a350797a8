using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class RecordAnchorLeafConfiguration : IEntityTypeConfiguration<RecordAnchorLeafEntity>
{
    public void Configure(EntityTypeBuilder<RecordAnchorLeafEntity> b)
    {
        b.ToTable("record_anchor_leaves");
        b.HasKey(x => new { x.AnchorId, x.Chain }).HasName("pk_record_anchor_leaves");
        b.Property(x => x.AnchorId).HasColumnName("anchor_id");
        b.Property(x => x.Chain).HasColumnName("chain");
        b.Property(x => x.Entries).HasColumnName("entries");
        b.Property(x => x.HeadHash).HasColumnName("head_hash");
        b.HasIndex(x => new { x.Chain, x.AnchorId }).HasDatabaseName("ix_record_anchor_leaves_chain");
    }
}
