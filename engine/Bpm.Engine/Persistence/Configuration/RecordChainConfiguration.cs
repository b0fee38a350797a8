using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class RecordChainConfiguration : IEntityTypeConfiguration<RecordChainEntity>
{
    public void Configure(EntityTypeBuilder<RecordChainEntity> b)
    {
        b.ToTable("record_chains");
        b.HasKey(x => x.Name).HasName("pk_record_chains");
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.Entries).HasColumnName("entries");
        b.Property(x => x.HeadHash).HasColumnName("head_hash");
    }
}
