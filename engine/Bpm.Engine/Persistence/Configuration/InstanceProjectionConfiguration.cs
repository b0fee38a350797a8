using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class InstanceProjectionConfiguration : IEntityTypeConfiguration<InstanceProjectionEntity>
{
    public void Configure(EntityTypeBuilder<InstanceProjectionEntity> b)
    {
        b.ToTable("instance_projections");
        b.HasKey(x => x.Name).HasName("pk_instance_projections");
        b.Property(x => x.Name).HasColumnName("name").ValueGeneratedNever();
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.RebuiltAt).HasColumnName("rebuilt_at");
    }
}
