using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Server.Identity.Storage;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnitEntity>
{
    public void Configure(EntityTypeBuilder<OrgUnitEntity> b)
    {
        b.ToTable("org_units");
        b.HasKey(x => x.Id).HasName("pk_org_units");
        b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.ParentId).HasColumnName("parent_id");
        b.Property(x => x.Kind).HasColumnName("kind");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.HasIndex(x => x.ParentId).HasDatabaseName("ix_org_units_parent_id");
    }
}
