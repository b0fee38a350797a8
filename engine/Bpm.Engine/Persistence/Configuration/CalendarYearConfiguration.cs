using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYearEntity>
{
    public void Configure(EntityTypeBuilder<CalendarYearEntity> b)
    {
        b.ToTable("calendar_years");
        b.HasKey(x => new { x.OrganisationId, x.Year, x.Version }).HasName("pk_calendar_years");
        b.Property(x => x.OrganisationId).HasColumnName("organisation_id").ValueGeneratedNever();
        b.Property(x => x.Year).HasColumnName("year").ValueGeneratedNever();
        b.Property(x => x.Version).HasColumnName("version").ValueGeneratedNever();
        b.Property(x => x.Notice).HasColumnName("notice");
        b.Property(x => x.Provisional).HasColumnName("provisional");
        b.Property(x => x.Data).HasColumnName("data");
        b.Property(x => x.EditedBy).HasColumnName("edited_by");
        b.Property(x => x.EditedAt).HasColumnName("edited_at");
        b.Property(x => x.Reason).HasColumnName("reason");
    }
}
