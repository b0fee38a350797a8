using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class FormConfiguration : IEntityTypeConfiguration<FormEntity>
{
    public void Configure(EntityTypeBuilder<FormEntity> b)
    {
        b.ToTable("forms");
        b.HasKey(x => x.Key).HasName("pk_forms");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.DeploymentKey).HasColumnName("deployment_key");
        b.Property(x => x.FormId).HasColumnName("form_id");
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.ResourceName).HasColumnName("resource_name");
        b.Property(x => x.Checksum).HasColumnName("checksum");
        b.Property(x => x.Schema).HasColumnName("schema");
        b.Property(x => x.DeployedAt).HasColumnName("deployed_at");
        b.HasIndex(x => new { x.FormId, x.Version }).IsUnique().HasDatabaseName("ux_forms_form_id_version");
    }
}
