using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class DeploymentConfiguration : IEntityTypeConfiguration<DeploymentEntity>
{
    public void Configure(EntityTypeBuilder<DeploymentEntity> b)
    {
        b.ToTable("deployments");
        b.HasKey(x => x.Key).HasName("pk_deployments");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.DeployedAt).HasColumnName("deployed_at");
        b.Property(x => x.ResourceNames).HasColumnName("resource_names");
        b.Property(x => x.DeployedBy).HasColumnName("deployed_by");
    }
}
