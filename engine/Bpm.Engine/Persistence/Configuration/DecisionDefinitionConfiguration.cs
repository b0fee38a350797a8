using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpm.Engine.Persistence.Configuration;

internal sealed class DecisionDefinitionConfiguration : IEntityTypeConfiguration<DecisionDefinitionEntity>
{
    public void Configure(EntityTypeBuilder<DecisionDefinitionEntity> b)
    {
        b.ToTable("decision_definitions");
        b.HasKey(x => x.Key).HasName("pk_decision_definitions");
        b.Property(x => x.Key).HasColumnName("key").ValueGeneratedNever();
        b.Property(x => x.DeploymentKey).HasColumnName("deployment_key");
        b.Property(x => x.DecisionId).HasColumnName("decision_id");
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.DecisionRequirementsId).HasColumnName("decision_requirements_id");
        b.Property(x => x.ResourceName).HasColumnName("resource_name");
        b.Property(x => x.Checksum).HasColumnName("checksum");
        b.Property(x => x.Xml).HasColumnName("xml");
        b.Property(x => x.DeployedAt).HasColumnName("deployed_at");
        b.Property(x => x.DeployedBy).HasColumnName("deployed_by");
        b.HasIndex(x => new { x.DecisionId, x.Version }).IsUnique().HasDatabaseName("ux_decision_definitions_decision_id_version");
    }
}
