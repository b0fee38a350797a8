using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Enforcement.CaseNumbers.Storage;

internal sealed class CaseNumberSequenceConfiguration : IEntityTypeConfiguration<CaseNumberSequenceEntity>
{
    public void Configure(EntityTypeBuilder<CaseNumberSequenceEntity> b)
    {
        b.ToTable("case_number_sequences");
        b.HasKey(x => new { x.AgencyCode, x.Year, x.Kind }).HasName("pk_case_number_sequences");
        b.Property(x => x.AgencyCode).HasColumnName("agency_code").ValueGeneratedNever();
        b.Property(x => x.Year).HasColumnName("year").ValueGeneratedNever();
        b.Property(x => x.Kind).HasColumnName("kind").ValueGeneratedNever();
        b.Property(x => x.LastValue).HasColumnName("last_value");
    }
}
