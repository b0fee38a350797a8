using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Enforcement.CaseNumbers.Storage;

internal sealed class CaseNumberConfiguration : IEntityTypeConfiguration<CaseNumberEntity>
{
    public const string ElementInstanceIndex = "ux_case_numbers_element_instance_key";

    public void Configure(EntityTypeBuilder<CaseNumberEntity> b)
    {
        b.ToTable("case_numbers");
        b.HasKey(x => new { x.AgencyCode, x.Year, x.Kind, x.Sequence }).HasName("pk_case_numbers");
        b.Property(x => x.AgencyCode).HasColumnName("agency_code").ValueGeneratedNever();
        b.Property(x => x.Year).HasColumnName("year").ValueGeneratedNever();
        b.Property(x => x.Kind).HasColumnName("kind").ValueGeneratedNever();
        b.Property(x => x.Sequence).HasColumnName("sequence").ValueGeneratedNever();
        b.Property(x => x.CaseNumber).HasColumnName("case_number");
        b.Property(x => x.ProcessInstanceKey).HasColumnName("process_instance_key");
        b.Property(x => x.ElementInstanceKey).HasColumnName("element_instance_key");
        b.Property(x => x.IssuedAt).HasColumnName("issued_at");
        b.HasIndex(x => x.ElementInstanceKey).IsUnique().HasDatabaseName(ElementInstanceIndex);
    }
}
