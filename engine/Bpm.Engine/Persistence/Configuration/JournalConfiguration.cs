using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class JournalConfiguration : IEntityTypeConfiguration<JournalEntity>
{
    public void Configure(EntityTypeBuilder<JournalEntity> b)
    {
        b.ToTable("journal");
        b.HasKey(x => x.Id).HasName("pk_journal");
        b.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.Sequence).HasColumnName("sequence");
        b.Property(x => x.RecordedAt).HasColumnName("recorded_at");
        b.Property(x => x.Entries).HasColumnName("entries");
        b.Property(x => x.ChainPosition).HasColumnName("chain_position");
        b.Property(x => x.PreviousHash).HasColumnName("previous_hash").StoredAsBytes();
        b.Property(x => x.Hash).HasColumnName("hash").StoredAsBytes();
        b.HasIndex(x => new { x.ProcessInstanceKey, x.Sequence }).IsUnique()
            .HasDatabaseName(JournalSequenceIndex);
    }

    public const string JournalSequenceIndex = "ux_journal_process_instance_key_sequence";
}
