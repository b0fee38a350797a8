using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class RecordAnchorConfiguration : IEntityTypeConfiguration<RecordAnchorEntity>
{
    public void Configure(EntityTypeBuilder<RecordAnchorEntity> b)
    {
        b.ToTable("record_anchors");
        b.HasKey(x => x.Id).HasName("pk_record_anchors");
        b.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(x => x.AnchoredAt).HasColumnName("anchored_at");
        b.Property(x => x.LeafCount).HasColumnName("leaf_count");
        b.Property(x => x.MerkleRoot).HasColumnName("merkle_root");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash");
        b.Property(x => x.Hash).HasColumnName("hash");
        b.Property(x => x.Signature).HasColumnName("signature");
    }
}
